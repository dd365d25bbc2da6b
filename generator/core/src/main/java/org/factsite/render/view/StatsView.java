package org.factsite.render.view;

import java.util.List;

/** The statistics page's rows, as its template reads them. */
public final class StatsView {

    private StatsView() {
    }

    /** A year's verdicts, in the scale's order, and their total. */
    public record YearRow(String year, List<Integer> counts, int total) {

        public YearRow {
            counts = List.copyOf(counts);
        }
    }

    /** A taxonomy's most checked terms. */
    public record TermCounts(String heading, List<TermCount> terms) {

        public TermCounts {
            terms = List.copyOf(terms);
        }
    }

    public record TermCount(LinkView term, int claims) {
    }

    /** A year's count of corrections. */
    public record YearCount(String year, int count) {
    }
}
