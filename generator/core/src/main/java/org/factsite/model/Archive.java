package org.factsite.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.factsite.config.SiteConfig;

/** The whole site as one immutable value: configuration and every published claim, newest first. */
public record Archive(SiteConfig site, List<Claim> claims) {

    /** Newest check first; the same day by title, then slug, so the order never depends on the file system. */
    public static final Comparator<Claim> NEWEST_FIRST = Comparator.comparing(Claim::checked).reversed()
            .thenComparing(Claim::title)
            .thenComparing(Claim::slug);

    public Archive {
        claims = claims.stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<Claim> claim(String slug) {
        return claims.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }
}
