package org.factsite.render.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Archive;
import org.factsite.model.SiteLayout;
import org.factsite.render.view.PageView;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/** The corrections log: every correction of the archive, newest first, with its feed. */
public final class CorrectionPages implements UnitKind {

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        String lang = parts.site().language();
        Map<String, String> t = views.messages(lang);
        List<Archive.CorrectedClaim> corrections = parts.archive().corrections();
        return List.of(PageUnit.of(SiteLayout.CORRECTIONS, "corrections.ftlh", () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            PageView page = views.page(lang, t.get("corrections.heading"), t.get("corrections.intro"),
                    SiteLayout.CORRECTIONS);
            model.put("page", views.withFeed(page, parts.base().pathTo(SiteLayout.feedOf(SiteLayout.CORRECTIONS))));
            model.put("corrections", corrections.stream().map(c -> views.correction(c, lang)).toList());
            return model;
        }, corrections.isEmpty() ? null : corrections.get(0).correction().date()));
    }

    @Override
    public List<NavEntry> navigation(Archive archive) {
        return List.of(NavEntry.labelled(NavEntry.Place.FOOTER, 20, SiteLayout.CORRECTIONS, "nav.corrections"));
    }
}
