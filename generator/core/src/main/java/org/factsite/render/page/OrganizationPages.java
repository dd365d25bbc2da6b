package org.factsite.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Archive;
import org.factsite.config.Organization;
import org.factsite.model.SiteLayout;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/**
 * Transparency pages made from site.yaml: who runs, owns and funds the desk ({@code /about/organization/}, when
 * site.yaml describes its {@code organization:}), and the rating scale as part of the methodology
 * ({@code /methodology/ratings/}: each verdict's label, description and number).
 */
public final class OrganizationPages implements UnitKind {

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        String lang = parts.site().language();
        Map<String, String> t = views.messages(lang);
        List<PageUnit> units = new ArrayList<>();
        parts.site().organization().ifPresent(organization -> units.add(PageUnit.of(SiteLayout.ORGANIZATION,
                "organization.ftlh", () -> {
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("page", views.page(lang, t.get("organization.heading").replace("{0}", organization.name()),
                            t.get("organization.intro").replace("{0}", organization.name()), SiteLayout.ORGANIZATION));
                    model.put("organization", view(organization));
                    return model;
                }, null)));
        units.add(PageUnit.of(SiteLayout.RATINGS, "ratings.ftlh", () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(lang, t.get("ratings.heading"), t.get("ratings.intro"), SiteLayout.RATINGS));
            model.put("legend", parts.base().pathTo(SiteLayout.VERDICTS));
            model.put("verdicts", parts.site().verdicts().verdicts().stream().map(v -> views.verdict(v, lang)).toList());
            return model;
        }, null));
        return units;
    }

    /** The organisation as the template reads it: absent fields left out rather than empty. */
    private static Map<String, Object> view(Organization organization) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", organization.name());
        organization.legalForm().ifPresent(form -> view.put("legalForm", form));
        view.put("owners", organization.owners());
        view.put("team", organization.team().stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>(); // a fixed order for the page key (Map.of has none)
            member.put("name", m.name());
            member.put("role", m.role());
            return member;
        }).toList());
        organization.email().ifPresent(email -> view.put("email", email));
        organization.address().ifPresent(address -> view.put("address", address));
        view.put("funding", organization.funding().stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", String.valueOf(f.year()));
            row.put("source", f.source());
            row.put("share", f.share());
            return row;
        }).toList());
        return view;
    }

    /** The organisation's page, when site.yaml describes one; the rating scale is linked from the methodology. */
    @Override
    public List<NavEntry> navigation(Archive archive) {
        return archive.site().organization().isEmpty() ? List.of()
                : List.of(NavEntry.labelled(NavEntry.Place.FOOTER, 40, SiteLayout.ORGANIZATION, "nav.organization"));
    }
}
