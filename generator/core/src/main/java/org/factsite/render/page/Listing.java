package org.factsite.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Claim;
import org.factsite.render.view.PageView;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.view.Views;

/**
 * A paginated list of claims: the home page, a verdict's, a term's. Each page's key names its claims by
 * their list views' keys; its model holds the views themselves.
 */
final class Listing {

    private Listing() {
    }

    /**
     * @param feed  the list's RSS feed (its path from the host root), or null
     * @param extra more of the key and model, after the common entries (a term's distribution ...)
     */
    static List<PageUnit> pages(RenderParts parts, String template, List<Claim> claims, String basePath, String lang,
            String title, String heading, String intro, String feed, Map<String, Object> extra) {
        Views views = parts.views();
        List<PageUnit> units = new ArrayList<>();
        for (Pagination<Claim> slice : Pagination.of(claims, parts.site().pageSize(), basePath)) {
            units.add(new PageUnit(slice.sitePath(), template, () -> {
                Map<String, String> t = views.messages(lang);
                String pageTitle = slice.number() == 1 ? title
                        : title + " – " + t.get("pagination.page").replace("{0}", Integer.toString(slice.number()));
                PageView page = views.page(lang, pageTitle, intro == null ? title : intro, slice.sitePath());
                Map<String, Object> key = new LinkedHashMap<>();
                key.put("page", feed == null ? page : views.withFeed(page, feed));
                key.put("heading", heading);
                key.put("intro", intro);
                key.put("claims", slice.items().stream().map(parts.claimViewKey()).toList());
                key.put("pagination", slice.view(parts.base()));
                key.putAll(extra);
                return key;
            }, key -> {
                Map<String, Object> model = new LinkedHashMap<>(key);
                model.put("claims", views.claims(slice.items()));
                return model;
            }, RenderParts.newest(slice.items())));
        }
        return units;
    }
}
