package org.factsite.render.feed;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factsite.config.BaseUrl;
import org.factsite.testing.MemoryOutput;
import org.factsite.testing.TestArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /claimreview.json} and {@code /claimreview.csv}: every published claim of every language exactly once,
 * as its page's ClaimReview; drafts never; the CSV read back by Commons CSV; split by year past its size.
 */
class ClaimReviewFeedTest {

    private static final String SITE = """
            title: Test Desk
            baseUrl: https://desk.example/archive/
            sdLicense: https://creativecommons.org/licenses/by/4.0/
            languages:
              en: {}
              vi: {}
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFeedHoldsEveryPublishedClaimReviewAsItsPageDoes() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + SITE
                + "-- content/claims/toll.md --\n" + claim("Is the toll doubling?", "claimant: {name: \"A paper, \\\"quoted\\\"\"}\n", "")
                + "-- content/claims/toll.vi.md --\n" + claim("Phí cầu?", "", "").replace("verdict: false", "verdict: false")
                + "-- content/claims/rice.md --\n" + claim("Is rice exported?", "", "").replace("2025-10-09", "2024-05-01")
                        .replace("verdict: false", "verdict: unsupported")
                + "-- content/claims/later.md --\n" + claim("Not yet?", "draft: true\n", ""))
                .build();
        JsonNode feed = json.readTree(archive.file("claimreview.json"));
        assertEquals("DataFeed", feed.get("@type").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", feed.get("sdLicense").asText());
        Map<String, JsonNode> byUrl = new LinkedHashMap<>();
        for (JsonNode item : feed.get("dataFeedElement")) {
            assertEquals("DataFeedItem", item.get("@type").asText());
            JsonNode review = item.get("item").get(0);
            assertEquals(null, byUrl.put(review.get("url").asText(), review), "each claim once");
        }
        assertEquals(List.of("https://desk.example/archive/claims/toll/", "https://desk.example/archive/vi/claims/toll/",
                "https://desk.example/archive/claims/rice/"), List.copyOf(byUrl.keySet()), "newest first, no draft");
        for (String page : List.of("claims/toll/", "vi/claims/toll/", "claims/rice/")) {
            Document html = Jsoup.parse(archive.site().resolve(page + "index.html").toFile(), "UTF-8");
            ObjectNode onPage = (ObjectNode) json.readTree(html.selectFirst("script[type=application/ld+json]").data());
            onPage.remove("@context");
            assertEquals(onPage, byUrl.get("https://desk.example/archive/" + page), page + " as on its page");
        }

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(archive.file("claimreview.csv"))).getRecords();
        assertEquals(3, rows.size());
        assertEquals("https://desk.example/archive/claims/toll/", rows.get(0).get("url"));
        assertEquals("A paper, \"quoted\"", rows.get(0).get("claimant"), "commas and quotes survive");
        assertEquals("1", rows.get(0).get("rating_value"));
        assertEquals("False", rows.get(0).get("rating_name"));
        assertEquals("vi", rows.get(1).get("language"));
        assertEquals("Sai", rows.get(1).get("rating_name"), "the label in the claim's language");
        assertEquals("", rows.get(2).get("rating_value"), "a verdict without a number");
        assertEquals("2024-05-01", rows.get(2).get("date"));
    }

    /**
     * A claim quotes what circulates, so it may start like a spreadsheet formula: in the CSV such a cell starts
     * with an apostrophe (read as text), in every column; the JSON feed and the page keep the exact text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/\",\"click\") to see", "+1 for the mayor",
            "-40 degrees next week", "@cmd|' /C calc'!A0 is trending"})
    void aCellThatWouldStartAFormulaIsReadAsText(String said) throws Exception {
        String quoted = "\"" + said.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + SITE
                + "-- content/claims/said.md --\n" + claim("Was it said?", "claimant: {name: " + quoted + "}\n", "")
                        .replace("claim: Something was said.", "claim: " + quoted))
                .build();
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(archive.file("claimreview.csv"))).getRecords().get(0);
        assertEquals("'" + said, row.get("claim"));
        assertEquals("'" + said, row.get("claimant"), "the same rule for every column");
        JsonNode review = json.readTree(archive.file("claimreview.json")).get("dataFeedElement").get(0).get("item").get(0);
        assertEquals(said, review.get("claimReviewed").asText(), "the JSON feed keeps the exact text");
    }

    @Test
    void aLargeFeedIsSplitByYear() throws Exception {
        MemoryOutput output = new MemoryOutput();
        Map<String, String> files = output.files();
        List<ClaimReviewFeed.Review> reviews = new ArrayList<>();
        ClaimReviewFeed feed = new ClaimReviewFeed(2_000);
        for (int i = 0; i < 6; i++) {
            reviews.add(review(feed, i, LocalDate.of(2023 + i % 3, 1, 1 + i)));
        }
        feed.write("Desk", Optional.empty(), new BaseUrl("https://desk.example", "/"), reviews,
                output);
        JsonNode index = json.readTree(files.get("claimreview.json"));
        assertFalse(index.has("dataFeedElement"));
        assertEquals(List.of("https://desk.example/claimreview-2025.json", "https://desk.example/claimreview-2024.json",
                "https://desk.example/claimreview-2023.json"),
                index.get("hasPart").findValuesAsText("url"));
        int items = 0;
        for (int year = 2023; year <= 2025; year++) {
            JsonNode part = json.readTree(files.get("claimreview-" + year + ".json"));
            for (JsonNode item : part.get("dataFeedElement")) {
                assertTrue(item.get("dateCreated").asText().startsWith(year + "-"));
                items++;
            }
        }
        assertEquals(6, items, "every review in one part");
        assertTrue(files.get("claimreview.csv").lines().count() == 7, "the CSV is never split");
    }

    private static ClaimReviewFeed.Review review(ClaimReviewFeed feed, int i, LocalDate checked) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", "False");
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", "https://desk.example/claims/c" + i + "/");
        review.put("claimReviewed", "x".repeat(300));
        review.put("reviewRating", rating);
        org.factsite.model.Claim claim = TestClaims.claim("c" + i, checked);
        return new ClaimReviewFeed.Review(claim, (String) review.get("url"), () -> feed.entry(claim, review));
    }
}
