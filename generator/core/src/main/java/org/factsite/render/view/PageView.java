package org.factsite.render.view;

import java.util.Map;

/**
 * What every page template gets besides its own content.
 *
 * @param lang      the page's language tag, for {@code <html lang>}
 * @param canonical the page's absolute address
 * @param t         the theme's messages in the page's language
 */
public record PageView(String lang, String title, String description, String canonical, String ogType,
        Map<String, String> t, SiteView site) {
}
