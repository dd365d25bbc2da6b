package org.factsite.render;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics page's numbers equal counts over the archive it was built from. */
class StatsPageTest {

    private static final List<String> VERDICTS = List.of("true", "mostly-true", "mixed", "mostly-false", "false",
            "unsupported");

    @TempDir
    Path dir;

    @Test
    void everyNumberIsACountOverTheArchive() throws Exception {
        Random random = new Random(3);
        StringBuilder spec = new StringBuilder();
        Map<String, int[]> expected = new TreeMap<>();
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Integer> corrections = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            String year = String.valueOf(2020 + random.nextInt(4));
            int verdict = random.nextInt(VERDICTS.size());
            String tag = "topic-" + random.nextInt(3);
            expected.computeIfAbsent(year, y -> new int[VERDICTS.size()])[verdict]++;
            tags.merge(tag, 1, Integer::sum);
            String extra = "tags: [" + tag + "]\n";
            if (i % 7 == 0) {
                String fixed = String.valueOf(Integer.parseInt(year) + 1);
                extra += "corrections:\n  - date: " + fixed + "-02-01\n    note: Fixed.\n";
                corrections.merge(fixed, 1, Integer::sum);
            }
            spec.append("-- content/claims/c").append(i).append(".md --\n").append(claim("Claim " + i + "?", extra, "")
                    .replace("verdict: false", "verdict: " + VERDICTS.get(verdict))
                    .replace("checked: 2025-10-09", "checked: " + year + "-06-0" + (1 + i % 9)));
        }
        Document page = TestArchive.of(dir, spec.toString()).build().html("stats/index.html");
        Element verdictTable = page.select("table.stats-table").get(0);
        Map<String, int[]> shown = new TreeMap<>();
        for (Element row : verdictTable.select("tbody tr")) {
            List<Element> cells = row.select("td");
            int[] counts = new int[VERDICTS.size()];
            for (int v = 0; v < VERDICTS.size(); v++) {
                counts[v] = Integer.parseInt(cells.get(v).text());
            }
            int total = Integer.parseInt(cells.get(VERDICTS.size()).text());
            assertEquals(java.util.Arrays.stream(counts).sum(), total, "the total is the row's sum");
            shown.put(row.selectFirst("th").text(), counts);
        }
        assertEquals(expected.keySet(), shown.keySet());
        expected.forEach((year, counts) -> assertEquals(java.util.Arrays.toString(counts),
                java.util.Arrays.toString(shown.get(year)), year));

        Element chart = page.selectFirst("svg.stats-chart");
        assertEquals("img", chart.attr("role"));
        assertEquals(expected.values().stream().mapToLong(c -> java.util.Arrays.stream(c).filter(n -> n > 0).count()).sum(),
                chart.select("rect").size(), "a bar part per year and verdict that has claims");
        assertTrue(chart.selectFirst("title").text().length() > 5 && chart.selectFirst("desc") != null);

        Map<String, Integer> shownTags = new HashMap<>();
        page.select("table.stats-table").get(1).select("tbody tr").forEach(row -> shownTags.put(row.selectFirst("th").text(),
                Integer.parseInt(row.selectFirst("td").text())));
        assertEquals(tags, shownTags);
        List<String> correctionRows = new ArrayList<>();
        page.select("section[aria-labelledby=stats-corrections] tbody tr").forEach(row ->
                correctionRows.add(row.selectFirst("th").text() + "=" + row.selectFirst("td").text()));
        List<String> expectedCorrections = new ArrayList<>();
        new TreeMap<>(corrections).descendingMap().forEach((year, n) -> expectedCorrections.add(year + "=" + n));
        assertEquals(expectedCorrections, correctionRows);
    }
}
