package org.factsite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.render.view.PlainPageView;

/** The desk's own pages from {@code content/pages/} (about, methodology ...). */
final class PlainPages implements UnitKind {

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        return parts.archive().pages().stream().map(plain -> PageUnit.of(plain.sitePath(), "page.ftlh", () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(plain.language(), plain.title(), plain.description(), plain.sitePath()));
            model.put("content", new PlainPageView(plain.title(), plain.bodyHtml()));
            return model;
        }, null)).toList();
    }
}
