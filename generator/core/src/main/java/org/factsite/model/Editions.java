package org.factsite.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole site: one {@link Archive} per language, the default language's first. A site without
 * {@code languages:} has one edition, at the root, holding every claim whatever its {@code lang}. Each
 * edition's archive is complete in itself (its own claims, pages, taxonomies and questions, its
 * configuration's address below the language's folder), so it renders as a site of its own; what links them
 * is the claims' {@link Claim#translationKey}.
 */
public record Editions(List<Archive> all) {

    public Editions {
        all = List.copyOf(all);
    }

    /** The default language's edition. */
    public Archive main() {
        return all.get(0);
    }

    public boolean multilingual() {
        return all.size() > 1;
    }

    /** The edition of {@code language} (the site's language, on a site of one). */
    public Optional<Archive> edition(String language) {
        return all.stream().filter(a -> a.site().language().equals(language)).findFirst();
    }

    /** The claim {@code ref} names, if it is published. */
    public Optional<Claim> claim(ClaimRef ref) {
        return edition(ref.edition()).flatMap(a -> a.claim(ref.slug()));
    }

    /** The edition that holds {@code claim}. */
    public Archive editionOf(Claim claim) {
        return all.stream().filter(a -> a.claim(claim.slug()).orElse(null) == claim).findFirst().orElse(main());
    }

    /** Every published claim of every edition. */
    public int claimCount() {
        return all.stream().mapToInt(a -> a.claims().size()).sum();
    }

    /** The claims sharing {@code claim}'s translation key, by language (its own included); only itself on one edition. */
    public Map<String, Claim> translationsOf(Claim claim) {
        Map<String, Claim> byLanguage = new TreeMap<>();
        for (Archive edition : all) {
            edition.translation(claim.translationKey()).ifPresent(c -> byLanguage.put(edition.site().language(), c));
        }
        return byLanguage;
    }
}
