package org.factsite.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factsite.config.TaxonomyConfig;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Claim;
import org.factsite.model.SiteLayout;
import org.factsite.model.Taxonomy;
import org.factsite.model.Term;
import org.factsite.text.Slugs;

/**
 * Groups published claims by the terms of one taxonomy. A term's address is its name transliterated
 * ({@code Nguyễn Đức Anh} is {@code nguyen-duc-anh}), so spellings that differ only in case or accents are one
 * term, and site.yaml's aliases join other spellings to one name.
 */
final class TaxonomyIndex {

    private TaxonomyIndex() {
    }

    /** @param claims newest first */
    static Taxonomy build(TaxonomyConfig config, List<Claim> claims, Diagnostics diagnostics) {
        Taxonomy empty = new Taxonomy(config, List.of());
        // slug -> claims, and slug -> spelling -> how many claims use it; TreeMaps for a stable, alphabetical order.
        Map<String, List<Claim>> bySlug = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, String> aliased = new TreeMap<>();
        for (Claim claim : claims) {
            for (String spelling : empty.spellingsIn(claim)) {
                String name = empty.canonical(spelling);
                String slug = Slugs.slugify(name);
                if (slug.isEmpty()) {
                    diagnostics.error(claim.file(), 0, "the " + noun(config) + " `" + spelling + "` has no letters "
                            + "or digits to make a page address from; reword it");
                    continue;
                }
                if (!name.equals(spelling)) {
                    aliased.put(slug, name);
                }
                List<Claim> grouped = bySlug.computeIfAbsent(slug, k -> new ArrayList<>());
                // A claim naming a term twice ("Health", "health") is listed once; it was added last, if at all.
                if (grouped.isEmpty() || grouped.get(grouped.size() - 1) != claim) {
                    grouped.add(claim);
                }
                spellings.computeIfAbsent(slug, k -> new TreeMap<>()).merge(spelling, 1, Integer::sum);
            }
        }
        List<Term> terms = new ArrayList<>();
        bySlug.forEach((slug, grouped) -> terms.add(new Term(aliased.getOrDefault(slug, mostUsed(spellings.get(slug))),
                slug, SiteLayout.term(config.path(), slug), grouped)));
        return new Taxonomy(config, terms);
    }

    /** What one term is called in messages: a tag, a claimant, an author, or the taxonomy's own name. */
    private static String noun(TaxonomyConfig config) {
        return switch (config.field()) {
            case "tags" -> "tag";
            case "authors" -> "author";
            case "claimant" -> "claimant";
            default -> config.name() + " term";
        };
    }

    /** The spelling most claims use; on a tie, the first alphabetically (spellings is sorted). */
    private static String mostUsed(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
