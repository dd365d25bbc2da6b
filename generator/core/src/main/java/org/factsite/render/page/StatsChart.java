package org.factsite.render.page;

import java.util.List;

import com.vladsch.flexmark.util.sequence.Escaping;

import org.factsite.render.view.VerdictView;

/**
 * The verdicts-per-year chart of the statistics page, drawn as inline SVG by the generator (no script): a bar
 * per year, stacked by verdict in the scale's colours, with a text title and description for screen readers
 * (the page's table holds the same numbers).
 */
final class StatsChart {

    private static final int BAR = 28;
    private static final int GAP = 12;
    private static final int HEIGHT = 160;
    private static final int LABEL = 18;

    private StatsChart() {
    }

    /**
     * @param years    the years, oldest first
     * @param verdicts the scale's verdicts, truest first
     * @param counts   counts[year][verdict]
     */
    static String verdictsByYear(String id, String title, String description, List<String> years,
            List<VerdictView> verdicts, int[][] counts) {
        int max = 1;
        for (int[] year : counts) {
            int total = 0;
            for (int c : year) {
                total += c;
            }
            max = Math.max(max, total);
        }
        int width = Math.max(1, years.size()) * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"stats-chart\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT + LABEL)
                .append("\" width=\"").append(width).append("\" height=\"").append(HEIGHT + LABEL).append("\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        for (int y = 0; y < years.size(); y++) {
            int x = GAP + y * (BAR + GAP);
            int top = HEIGHT;
            // Falsest at the bottom, truest on top, as the legend reads from the top.
            for (int v = verdicts.size() - 1; v >= 0; v--) {
                int count = counts[y][v];
                if (count == 0) {
                    continue;
                }
                int h = Math.max(1, Math.round((float) count * HEIGHT / max));
                top -= h;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(BAR)
                        .append("\" height=\"").append(h).append("\" fill=\"").append(escape(verdicts.get(v).color()))
                        .append("\"/>");
            }
            svg.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(HEIGHT + LABEL - 4)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(escape(short2(years.get(y))))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** '24 for 2024: four digits do not fit under a bar. */
    private static String short2(String year) {
        return year.length() == 4 ? "\u2019" + year.substring(2) : year;
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
