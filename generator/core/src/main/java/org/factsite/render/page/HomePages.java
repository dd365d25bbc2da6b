package org.factsite.render.page;

import java.util.List;
import java.util.Map;

import org.factsite.model.SiteLayout;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;

/** The home page: every claim, newest first, paginated. */
public final class HomePages implements UnitKind {

    @Override
    public List<PageUnit> units(RenderParts parts) {
        String lang = parts.site().language();
        Map<String, String> t = parts.views().messages(lang);
        return Listing.pages(parts, "list.ftlh", parts.archive().claims(), SiteLayout.HOME, lang, parts.site().title(),
                t.get("home.heading"), parts.site().description().orElse(null), null, Map.of());
    }
}
