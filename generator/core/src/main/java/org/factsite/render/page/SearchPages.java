package org.factsite.render.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.SiteLayout;
import org.factsite.model.Taxonomy;
import org.factsite.search.SearchDocuments;
import org.factsite.render.view.LinkView;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/**
 * The search page. Its script reads the index in {@code search/}; without the script the page says so and
 * links the ways to browse that need none (taxonomies, verdicts, questions).
 */
public final class SearchPages implements UnitKind {

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        String lang = parts.site().language();
        Map<String, String> t = views.messages(lang);
        return List.of(PageUnit.of(SiteLayout.SEARCH, "search.ftlh", () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(lang, t.get("search.heading"), t.get("search.intro"), SiteLayout.SEARCH));
            model.put("index", parts.base().pathTo(SiteLayout.SEARCH));
            model.put("browse", parts.archive().taxonomies().stream().map(tx -> new LinkView(
                    t.get("taxonomy." + tx.name() + ".heading"), parts.base().pathTo(tx.sitePath()))).toList());
            model.put("filters", SearchDocuments.filtered(parts.archive()).stream().map(tx -> filter(tx, t)).toList());
            model.put("legend", parts.base().pathTo(SiteLayout.VERDICTS));
            model.put("questions", parts.base().pathTo(SiteLayout.QUESTIONS));
            return model;
        }, null));
    }

    /** A taxonomy's filter: its name in the address and its label, the theme's {@code search.filter.<name>} or the taxonomy's heading. */
    private static Map<String, String> filter(Taxonomy taxonomy, Map<String, String> t) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("name", taxonomy.config().filterName());
        filter.put("label", t.getOrDefault("search.filter." + taxonomy.config().filterName(),
                t.get("taxonomy." + taxonomy.name() + ".heading")));
        return filter;
    }
}
