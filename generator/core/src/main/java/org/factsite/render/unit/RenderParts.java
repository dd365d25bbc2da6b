package org.factsite.render.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.factsite.config.BaseUrl;
import org.factsite.config.SiteConfig;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.render.view.Views;

/**
 * What every kind of unit works with: the archive, its views, each claim's list-view key (made once a build,
 * shared by every list the claim is in), and the keys, for what is made of one claim alone.
 */
public record RenderParts(Archive archive, Views views, Function<Claim, String> claimViewKey, PageKeys keys) {

    public SiteConfig site() {
        return archive.site();
    }

    public BaseUrl base() {
        return archive.site().baseUrl();
    }

    /** The newest lastModified of {@code claims}, for the sitemap; null for none. */
    public static LocalDate newest(List<Claim> claims) {
        return claims.stream().map(Claim::lastModified).max(Comparator.naturalOrder()).orElse(null);
    }
}
