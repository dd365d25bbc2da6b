package org.factsite.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Archive;
import org.factsite.model.SiteLayout;
import org.factsite.model.Taxonomy;
import org.factsite.model.Term;
import org.factsite.render.view.LinkView;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/**
 * One taxonomy's pages: an index of its terms ({@code taxonomy.ftlh}) and, per term, its claims with how
 * they were rated ({@code term.ftlh}, paginated).
 */
public final class TaxonomyPages implements UnitKind {

    private final Taxonomy taxonomy;

    public TaxonomyPages(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        String lang = parts.site().language();
        Map<String, String> t = views.messages(lang);
        String heading = t.get("taxonomy." + taxonomy.name() + ".heading");
        String sitePath = taxonomy.sitePath();
        List<PageUnit> units = new ArrayList<>();
        units.add(PageUnit.of(sitePath, "taxonomy.ftlh", () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(lang, heading, heading, sitePath));
            model.put("taxonomy", taxonomy.name());
            model.put("terms", taxonomy.terms().stream().map(term -> views.term(taxonomy, term)).toList());
            return model;
        }, RenderParts.newest(parts.archive().claims())));
        LinkView index = new LinkView(heading, parts.base().pathTo(sitePath));
        for (Term term : taxonomy.terms()) {
            String title = t.get("taxonomy." + taxonomy.name() + ".term").replace("{0}", term.name());
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("taxonomy", taxonomy.name());
            extra.put("index", index);
            extra.put("distribution", views.distribution(term.claims(), lang));
            units.addAll(Listing.pages(parts, "term.ftlh", term.claims(), term.sitePath(), lang, title, title, null,
                    taxonomy.config().feed() ? parts.base().pathTo(SiteLayout.feedOf(term.sitePath())) : null, extra));
        }
        return units;
    }

    @Override
    public List<NavEntry> navigation(Archive archive) {
        return List.of(NavEntry.labelled(NavEntry.Place.FOOTER, 10, taxonomy.sitePath(), "taxonomy." + taxonomy.name() + ".heading"));
    }
}
