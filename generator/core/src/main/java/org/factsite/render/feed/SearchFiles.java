package org.factsite.render.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.config.SiteConfig;
import org.factsite.model.Claim;
import org.factsite.model.Taxonomy;
import org.factsite.model.Term;
import org.factsite.search.SearchDocuments;
import org.factsite.search.SearchIndex;
import org.factsite.search.TermPostings;
import org.factsite.search.TextAnalysis;
import org.factsite.write.SiteOutput;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.view.Views;

/**
 * An edition's search index: its documents are made in {@code search/}; this gives them the words and
 * addresses of the edition's pages, and the index the verdicts' labels and looks of its filters and badges.
 */
public final class SearchFiles {

    private final TextAnalysis analysis = new TextAnalysis();

    public void write(RenderParts parts, SiteOutput output) {
        Views views = parts.views();
        SearchDocuments.Words words = new SearchDocuments.Words() {
            @Override
            public String url(Claim claim) {
                return parts.base().pathTo(claim.sitePath());
            }

            @Override
            public String verdictLabel(Claim claim) {
                return views.verdict(claim.verdict(), claim.language()).label();
            }

            @Override
            public String date(Claim claim) {
                return views.formatDate(claim.checked(), claim.language());
            }

            @Override
            public Optional<Term> term(Taxonomy taxonomy, String spelling) {
                return views.termOf(taxonomy, spelling);
            }
        };
        SiteConfig site = parts.site();
        // A preview's next build carries on from this one's terms (the edition's folder tells editions apart).
        String work = "search:" + parts.archive().folder();
        TermPostings terms = new SearchIndex(analysis).write(SearchDocuments.of(parts.archive(), words,
                (claim, make) -> parts.keys().ofClaim("search", claim, make), analysis),
                verdictLabels(views, site), SearchDocuments.filtered(parts.archive()).stream()
                        .map(taxonomy -> taxonomy.config().filterName()).toList(),
                verdictLooks(site), site.language(), parts.keys().takeOver(work, TermPostings.class),
                parts.keys().keepsLeftWork(), output);
        parts.keys().leave(work, terms);
    }

    /** Each verdict's badge colour and icon, so search results show badges as list pages do. */
    private static Map<String, List<String>> verdictLooks(SiteConfig site) {
        Map<String, List<String>> looks = new LinkedHashMap<>();
        site.verdicts().verdicts().forEach(v -> looks.put(v.key(), List.of(v.color(), v.icon())));
        return looks;
    }

    /** The verdicts' labels in the site's language, for the search filters. */
    private static Map<String, String> verdictLabels(Views views, SiteConfig site) {
        Map<String, String> labels = new LinkedHashMap<>();
        site.verdicts().verdicts().forEach(v -> labels.put(v.key(), views.verdict(v, site.language()).label()));
        return labels;
    }
}
