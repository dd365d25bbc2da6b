package org.factsite.render.view;

import java.util.List;

/**
 * The site as every page sees it. Paths start at the host root and carry the base path, e.g.
 * {@code /archive/tags/}.
 *
 * @param menu plain pages chosen for the menu, in order
 * @param taxonomies the taxonomies' index pages, in site.yaml's order
 * @param search     the search page
 */
public record SiteView(String title, String description, String language, String home, String assets,
        String publisherName, String publisherUrl, List<LinkView> menu, String legend, String questions,
        List<TaxonomyView> taxonomies,
        String corrections, String feed, String jsonFeed, String search, String stats, List<LinkView> policies,
        String organization) {
}
