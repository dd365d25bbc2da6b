package org.factsite.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factsite.config.Verdict;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.SiteLayout;
import org.factsite.model.Taxonomy;
import org.factsite.model.Term;
import org.factsite.render.view.LinkView;
import org.factsite.render.view.StatsView.TermCount;
import org.factsite.render.view.StatsView.TermCounts;
import org.factsite.render.view.StatsView.YearCount;
import org.factsite.render.view.StatsView.YearRow;
import org.factsite.render.view.VerdictView;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/**
 * The statistics page: verdicts per year (a chart drawn here, and a table with the same numbers), the most
 * checked terms of each taxonomy, corrections per year. Every number is a count over the edition's claims.
 */
public final class StatsPages implements UnitKind {

    /** Terms listed per taxonomy, the most claims first. */
    static final int TOP_TERMS = 10;

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        Archive archive = parts.archive();
        String lang = parts.site().language();
        Map<String, String> t = views.messages(lang);
        return List.of(PageUnit.of(SiteLayout.STATS, "stats.ftlh", () -> {
            List<Verdict> scale = parts.site().verdicts().verdicts();
            List<VerdictView> verdicts = scale.stream().map(v -> views.verdict(v, lang)).toList();
            Map<Integer, int[]> byYear = new TreeMap<>();
            for (Claim claim : archive.claims()) {
                int[] counts = byYear.computeIfAbsent(claim.checked().getYear(), y -> new int[scale.size()]);
                for (int v = 0; v < scale.size(); v++) {
                    if (scale.get(v).key().equals(claim.verdict().key())) {
                        counts[v]++;
                    }
                }
            }
            List<String> years = byYear.keySet().stream().map(String::valueOf).toList();
            int[][] counts = byYear.values().toArray(int[][]::new);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(lang, t.get("stats.heading"), t.get("stats.intro"), SiteLayout.STATS));
            model.put("claims", archive.claims().size());
            model.put("verdicts", verdicts);
            List<YearRow> rows = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                rows.add(new YearRow(years.get(y), java.util.Arrays.stream(counts[y]).boxed().toList(),
                        java.util.Arrays.stream(counts[y]).sum()));
            }
            model.put("rows", rows);
            model.put("chart", StatsChart.verdictsByYear("verdicts-by-year", t.get("stats.verdictsByYear"),
                    t.get("stats.verdictsByYear.description"), years, verdicts, counts));
            model.put("taxonomies", archive.taxonomies().stream().map(taxonomy -> termCounts(parts, taxonomy, t)).toList());
            model.put("corrections", corrections(archive));
            return model;
        }, null));
    }

    private static TermCounts termCounts(RenderParts parts, Taxonomy taxonomy, Map<String, String> t) {
        List<TermCount> top = taxonomy.terms().stream()
                .sorted(Comparator.comparingInt((Term term) -> -term.claims().size()).thenComparing(Term::slug))
                .limit(TOP_TERMS)
                .map(term -> new TermCount(new LinkView(term.name(), parts.base().pathTo(term.sitePath())),
                        term.claims().size()))
                .toList();
        return new TermCounts(t.get("taxonomy." + taxonomy.name() + ".heading"), top);
    }

    private static List<YearCount> corrections(Archive archive) {
        Map<Integer, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
        archive.corrections().forEach(c -> byYear.merge(c.correction().date().getYear(), 1, Integer::sum));
        List<YearCount> counts = new ArrayList<>();
        byYear.forEach((year, count) -> counts.add(new YearCount(String.valueOf(year), count)));
        return counts;
    }

    @Override
    public List<NavEntry> navigation(Archive archive) {
        return List.of(NavEntry.labelled(NavEntry.Place.FOOTER, 30, SiteLayout.STATS, "nav.stats"));
    }
}
