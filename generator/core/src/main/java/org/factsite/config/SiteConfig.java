package org.factsite.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code site.yaml}, validated.
 *
 * @param pageSize claims per list page (home, tags, verdicts)
 * @param feedSize newest claims in each feed
 * @param timezone where "today" is reckoned, for holding back claims dated in the future
 * @param menu     slugs of plain pages for the site menu, in order; empty means by the pages' {@code menu}
 * @param taxonomies the ways claims are grouped (tags, claimants, authors ...), in the order the site lists them
 */
public record SiteConfig(String title, BaseUrl baseUrl, String language, Optional<String> description,
        Publisher publisher, VerdictScale verdicts, Optional<String> theme, int pageSize, int feedSize,
        ZoneId timezone, List<String> menu, boolean rawHtml, List<TaxonomyConfig> taxonomies) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int DEFAULT_FEED_SIZE = 20;

    public SiteConfig {
        menu = List.copyOf(menu);
        taxonomies = List.copyOf(taxonomies);
    }
}
