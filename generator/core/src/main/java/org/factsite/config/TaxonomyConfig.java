package org.factsite.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way of grouping claims, from site.yaml's {@code taxonomies:}: tags, claimants, authors, or a theme's own.
 *
 * @param name    the taxonomy's key: its messages are {@code taxonomy.<name>.heading} and {@code .term}
 * @param field   how a claim's terms are read: {@code tags}, {@code claimant}, {@code authors} or
 *                {@code extra.<key>} (text or a list of texts)
 * @param path    the folder of its pages below the site root: {@code claimants} gives {@code /claimants/}
 *                and {@code /claimants/<term>/}
 * @param feed    whether each term has an RSS feed
 * @param search  whether the search page can filter by its terms (a choice per term: on for tags and a desk's
 *                own taxonomies, off for claimants and authors, who are many and searched by name)
 * @param label   the index page's heading, when the theme's messages have none for it
 * @param aliases other spellings of a term, by their slug, to the term's one name ({@code Nguyen Duc Anh}
 *                and {@code N. D. Anh} to {@code Nguyễn Đức Anh})
 */
public record TaxonomyConfig(String name, String field, String path, boolean feed, boolean search,
        LocalizedText label,
        Map<String, String> aliases) {

    public TaxonomyConfig {
        aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    /** Without {@code taxonomies:} in site.yaml: tags, claimants and authors, each with an index and term pages. */
    public static List<TaxonomyConfig> defaults() {
        return List.of(known("tags"), known("claimant"), known("authors"));
    }

    /** A taxonomy of one of the claim's own fields, with its usual path and feed. */
    public static TaxonomyConfig known(String name) {
        return switch (name) {
            case "claimant" -> new TaxonomyConfig(name, name, "claimants", true, false, LocalizedText.NONE, Map.of());
            case "authors" -> new TaxonomyConfig(name, name, "authors", false, false, LocalizedText.NONE, Map.of());
            default -> new TaxonomyConfig(name, name, name, true, true, LocalizedText.NONE, Map.of());
        };
    }

    /** The search filters FactSite names itself, and the address's query words: no taxonomy's filter may take them. */
    public static final java.util.Set<String> RESERVED_FILTERS = java.util.Set.of("verdict", "year", "lang", "tag", "q",
            "all");

    /** The name of its search filter, in the search page's address ({@code ?tag=}) and index files: tags' is {@code tag}. */
    public String filterName() {
        return name.equals("tags") ? "tag" : name;
    }
}
