package org.factsite.render.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.SiteLayout;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/** The site's one 404 page, in the default language: the edition at the site's root has it. */
public final class NotFoundPage implements UnitKind {

    @Override
    public List<PageUnit> units(RenderParts parts) {
        if (!parts.archive().folder().isEmpty()) {
            return List.of();
        }
        Views views = parts.views();
        String lang = parts.site().language();
        return List.of(PageUnit.of(SiteLayout.NOT_FOUND, "404.ftlh", () -> {
            Map<String, String> t = views.messages(lang);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.noindex(views.page(lang, t.get("notFound.heading"), t.get("notFound.heading"),
                    SiteLayout.NOT_FOUND)));
            return model;
        }, null));
    }
}
