package org.factsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim page, read back with real parsers: jsoup for the HTML, Jackson for the JSON-LD. */
class ClaimPageTest {

    @TempDir
    static Path dir;
    static TestArchive archive;

    static final String HOSTILE = """
            ---
            title: "Is </script><script>alert(1)</script> <!-- safe?"
            claim: "A \\"quoted\\" claim with <b>tags</b> & ]]> and --> in it."
            verdict: mostly-true
            checked: 2025-10-09
            updated: 2025-10-12
            claimant: {name: "Jane <Doe>", url: "https://jane.example/?a=1&b=2"}
            appearances: ["https://social.example/post/1?x=\\"><script>"]
            authors: [Ann Writer, Bo Checker]
            tags: [health, "<i>tag</i>"]
            summary: In short, it is mostly true [1].
            sources:
              - id: 1
                title: "Report <one>"
                url: https://agency.example/report
                publisher: Agency
                date: 2025-09-01
                archived: https://archive.example/report
              - id: who
                title: WHO fact sheet
            related:
              - "does THE moon — have ‘water’"
              - Who is asking?
            ---
            First [1] and [who]. Again [1] [who], with <em onclick="x()">raw html</em>.
            """;

    @BeforeAll
    static void build() {
        archive = TestArchive.of(dir, "-- content/claims/hostile.md --\n" + HOSTILE
                + "-- content/claims/moon-water.md --\n" + TestArchive.claim("Does the Moon have water?", "", "Yes.\n")
                + "-- content/claims/unsupported.md --\n"
                + TestArchive.claim("Is it unproven?", "", "No evidence.\n").replace("verdict: false", "verdict: unsupported"))
                .build();
    }

    private static Document page() {
        return archive.html("claims/hostile/index.html");
    }

    @Test
    void noMarkupInjectedFromAnyField() {
        Document page = page();
        List<Element> scripts = page.select("script");
        assertEquals(2, scripts.size(), "only the JSON-LD and the theme's share script");
        assertEquals("application/ld+json", scripts.get(0).attr("type"));
        assertEquals("/archive/assets/share.js", scripts.get(1).attr("src"));
        assertEquals("", scripts.get(1).data(), "loaded from the site's file, nothing inline");
        assertTrue(page.select("[onclick], b, i").isEmpty());
        assertEquals("Is </script><script>alert(1)</script> <!-- safe?", page.selectFirst("h1").text());
        String json = scripts.get(0).data();
        assertFalse(json.contains("</") || json.contains("<!--") || json.contains("-->"), json);
    }

    @Test
    void claimReviewMatchesWhatTheReaderSees() throws Exception {
        Document page = page();
        JsonNode review = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), review.get("url").asText());
        assertEquals("https://desk.example/archive/claims/hostile/", review.get("url").asText());
        assertEquals(page.selectFirst(".claim-text").text(), review.get("claimReviewed").asText());
        assertEquals(page.selectFirst(".verdict .verdict-label").text(),
                review.at("/reviewRating/alternateName").asText());
        assertEquals("Mostly true", review.at("/reviewRating/alternateName").asText());
        assertEquals(4, review.at("/reviewRating/ratingValue").asInt());
        assertEquals(5, review.at("/reviewRating/bestRating").asInt());
        assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        List<String> times = page.select(".claim-dates time").eachAttr("datetime");
        assertEquals(List.of("2025-10-09", "2025-10-12"), times);
        assertEquals(times.get(0), review.get("datePublished").asText());
        assertEquals(times.get(1), review.get("dateModified").asText());
        assertEquals("Jane <Doe>", review.at("/itemReviewed/author/name").asText());
        assertEquals(page.selectFirst(".claimant a").text(), review.at("/itemReviewed/author/name").asText());
        assertEquals("https://social.example/post/1?x=%22%3E%3Cscript%3E", review.at("/itemReviewed/appearance/0/url").asText(),
                "encoded as a browser would send it");
        assertEquals("Test Desk", review.at("/author/name").asText());
    }

    @Test
    void conclusionOnlyVerdictHasOnlyALabel() throws Exception {
        Document page = archive.html("claims/unsupported/index.html");
        JsonNode rating = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("reviewRating");
        assertEquals("Unsupported", rating.get("alternateName").asText());
        assertNull(rating.get("ratingValue"));
        assertNull(rating.get("bestRating"));
    }

    @Test
    void everyCitationLinksToItsSourceAndBack() {
        Document page = page();
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        List<Element> refs = page.select("a[role=doc-noteref]");
        assertEquals(List.of("c1-1", "c1-2", "cwho-1", "c1-3", "cwho-2"),
                refs.stream().map(Element::id).toList(), "summary first, then body, in reading order");
        for (Element ref : refs) {
            Element target = page.getElementById(ref.attr("href").substring(1));
            assertTrue(target != null && target.parent().parent().is("section[role=doc-endnotes]"), ref.outerHtml());
            assertTrue(target.select("a[role=doc-backlink]").eachAttr("href").contains("#" + ref.id()),
                    "source " + target.id() + " links back to " + ref.id());
        }
        for (Element back : page.select("a[role=doc-backlink]")) {
            assertTrue(page.getElementById(back.attr("href").substring(1)) != null, back.outerHtml());
        }
        Element source1 = page.getElementById("s1");
        assertEquals("1", source1.attr("value"), "the author's number is the displayed number");
        assertEquals("", page.getElementById("swho").attr("value"));
        // One group of back-links per source: a hidden phrase says what they are, each number is the link's
        // whole name (no aria-label that would differ from what a voice-control user sees: WCAG 2.5.3).
        Element back = source1.selectFirst(".back");
        assertEquals("Back to the text: 1 2 3", back.text());
        assertEquals(List.of("1", "2", "3"), back.select("a[role=doc-backlink]").eachText());
        assertEquals(List.of("#c1-1", "#c1-2", "#c1-3"), back.select("a[role=doc-backlink]").eachAttr("href"));
        assertTrue(page.select("a[role=doc-backlink][aria-label]").isEmpty());
        assertEquals("sources", page.selectFirst("section[role=doc-endnotes]").attr("aria-labelledby"));
    }

    @Test
    void relatedQuestionsLinkToTheClaimThatAnswersThem() {
        List<Element> items = page().select(".related-list li");
        assertEquals(2, items.size());
        assertEquals("/archive/claims/moon-water/", items.get(0).selectFirst("a").attr("href"));
        assertTrue(items.get(1).hasClass("open"));
        assertNull(items.get(1).selectFirst("a"));
    }

    @Test
    void everyLocalLinkCarriesTheBasePath() {
        for (Document page : List.of(page(), archive.html("index.html"))) {
            for (Element e : page.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("/")) {
                    assertTrue(url.startsWith("/archive/"), url);
                }
                assertFalse(url.startsWith("../") || url.matches("^[a-z-]+/.*"), "relative link " + url);
            }
        }
    }

    @Test
    void homeListsClaimsNewestFirstWithoutCitationLinks() {
        Document home = archive.html("index.html");
        // All three were checked the same day, so they are ordered by title.
        assertEquals(List.of("/archive/claims/moon-water/", "/archive/claims/hostile/", "/archive/claims/unsupported/"),
                home.select(".claim-list h2 a").eachAttr("href"));
        assertTrue(home.select("a[href^=#s]").isEmpty());
        assertEquals("en", home.selectFirst("html").attr("lang"));
    }
}
