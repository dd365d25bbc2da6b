package org.factsite.render.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Archive;
import org.factsite.render.view.PlainPageView;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/** The desk's own pages from {@code content/pages/} (about, methodology ...). */
public final class PlainPages implements UnitKind {

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

    /** The pages chosen for the menu in the header; the policy pages in the footer. */
    @Override
    public List<NavEntry> navigation(Archive archive) {
        List<NavEntry> links = new java.util.ArrayList<>();
        archive.menu().forEach(page -> links.add(NavEntry.titled(NavEntry.Place.HEADER, 30, page.sitePath(), page.title())));
        archive.policyPages().values().forEach(page -> links.add(NavEntry.titled(NavEntry.Place.FOOTER, 50, page.sitePath(),
                page.title())));
        return links;
    }
}
