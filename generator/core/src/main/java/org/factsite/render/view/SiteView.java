package org.factsite.render.view;

import java.util.List;

/**
 * The site as every page sees it. Paths start at the host root and carry the base path, e.g.
 * {@code /archive/tags/}.
 *
 * @param header the header's navigation, as the page kinds name it
 * @param footer the footer's links, as the page kinds name them
 * @param search the search page, where the header's search form goes
 * @param feed   the site's RSS feed, the feed a page names unless it has its own
 * @param contentSecurityPolicy the desk's own policy from site.yaml, or null for the theme's
 */
public record SiteView(String title, String description, String language, String home, String assets,
        String publisherName, String publisherUrl, List<NavView> header, List<NavView> footer, String search,
        String feed, String contentSecurityPolicy) {
}
