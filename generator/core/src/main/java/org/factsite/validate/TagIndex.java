package org.factsite.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Claim;
import org.factsite.model.Tag;
import org.factsite.text.Slugs;

/**
 * Groups published claims by tag. Tags that differ only in case are one tag; two different tags whose
 * addresses would be the same ({@code căn cước} and {@code can cuoc}) are an error, since one page would
 * silently swallow the other.
 */
final class TagIndex {

    private TagIndex() {
    }

    /** @param claims newest first */
    static List<Tag> build(List<Claim> claims, Diagnostics diagnostics) {
        // slug -> lower-case spelling -> claims; TreeMap for a stable, alphabetical order.
        Map<String, Map<String, List<Claim>>> bySlug = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        for (Claim claim : claims) {
            for (String tag : claim.tags()) {
                String slug = Slugs.slugify(tag);
                if (slug.isEmpty()) {
                    diagnostics.error(claim.file(), 0, "the tag `" + tag + "` has no letters or digits to make a page "
                            + "address from; reword it");
                    continue;
                }
                String lower = tag.toLowerCase(Locale.ROOT);
                List<Claim> tagged = bySlug.computeIfAbsent(slug, k -> new LinkedHashMap<>())
                        .computeIfAbsent(lower, k -> new ArrayList<>());
                // A claim tagged twice alike ("Health", "health") is listed once; it was added last, if at all.
                if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != claim) {
                    tagged.add(claim);
                }
                spellings.computeIfAbsent(slug, k -> new TreeMap<>()).merge(tag, 1, Integer::sum);
            }
        }
        List<Tag> tags = new ArrayList<>();
        bySlug.forEach((slug, byName) -> {
            if (byName.size() > 1) {
                List<String> names = new ArrayList<>(byName.keySet());
                Claim second = byName.get(names.get(1)).get(0);
                diagnostics.error(second.file(), 0, "the tags `" + names.get(0) + "` and `" + names.get(1)
                        + "` would both be the page tags/" + slug + "/; use one spelling for both");
                return;
            }
            List<Claim> tagged = byName.values().iterator().next();
            tags.add(new Tag(mostUsed(spellings.get(slug)), slug, tagged));
        });
        return tags;
    }

    /** The spelling most claims use; on a tie, the first alphabetically (spellings is sorted). */
    private static String mostUsed(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
