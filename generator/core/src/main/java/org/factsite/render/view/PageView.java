package org.factsite.render.view;

import java.util.List;
import java.util.Map;

/**
 * What every page template gets besides its own content.
 *
 * @param lang        the page's language tag, for {@code <html lang>}
 * @param canonical   the page's absolute address
 * @param ogImage     absolute address of the page's image, or null
 * @param noindex     keep search engines away (the 404 page)
 * @param published   ISO date for article:published_time, or null
 * @param modified    ISO date for article:modified_time, or null
 * @param feed        the feed that belongs to this page (a tag's, or the site's)
 * @param t           the theme's messages in the page's language
 * @param alternates  the page in each of the site's languages (itself included), for hreflang links and the
 *                    language switcher; empty on a site of one language
 */
public record PageView(String lang, String title, String description, String canonical, String ogType,
        String ogImage, String ogImageAlt, boolean noindex, String published, String modified, String feed,
        Map<String, String> t, SiteView site, List<AlternateView> alternates) {

    public PageView {
        alternates = List.copyOf(alternates);
    }
}
