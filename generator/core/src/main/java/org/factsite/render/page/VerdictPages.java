package org.factsite.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Archive;
import org.factsite.config.Verdict;
import org.factsite.model.SiteLayout;
import org.factsite.render.view.VerdictView;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/** The legend of the verdict scale, and a list of claims per verdict. */
public final class VerdictPages implements UnitKind {

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        String lang = parts.site().language();
        Map<String, String> t = views.messages(lang);
        List<PageUnit> units = new ArrayList<>();
        units.add(PageUnit.of(SiteLayout.VERDICTS, "verdicts.ftlh", () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(lang, t.get("legend.heading"), t.get("legend.intro"), SiteLayout.VERDICTS));
            model.put("verdicts", parts.site().verdicts().verdicts().stream().map(v -> views.verdict(v, lang)).toList());
            model.put("best", parts.site().verdicts().best().isPresent() ? parts.site().verdicts().best().getAsInt() : null);
            model.put("worst", parts.site().verdicts().worst().isPresent() ? parts.site().verdicts().worst().getAsInt()
                    : null);
            return model;
        }, RenderParts.newest(parts.archive().claims())));
        for (Verdict verdict : parts.site().verdicts().verdicts()) {
            VerdictView view = views.verdict(verdict, lang);
            units.addAll(Listing.pages(parts, "list.ftlh", parts.archive().claimsWith(verdict),
                    SiteLayout.verdict(verdict.key()), lang, view.label(), view.label(), view.description(), null,
                    Map.of()));
        }
        return units;
    }

    @Override
    public List<NavEntry> navigation(Archive archive) {
        return List.of(NavEntry.labelled(NavEntry.Place.HEADER, 10, SiteLayout.VERDICTS, "nav.legend"));
    }
}
