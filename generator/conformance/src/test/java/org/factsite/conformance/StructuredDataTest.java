package org.factsite.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every claim page carries exactly one ClaimReview (and a MediaReview beside it when it checks media), and it says
 * what the page shows: the claim, the verdict
 * label, the dates, the fact-checker, the page's own address. Other pages carry none (Google's rule).
 */
class StructuredDataTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"sample", "large"})
    void claimReviewMatchesThePage(String archive) throws Exception {
        Path site = FeedsAndLinksTest.site(archive);
        int claims = 0;
        int mediaReviews = 0;
        for (Path file : Archives.pages(site)) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            List<Element> blocks = page.select("script[type=application/ld+json]");
            boolean claimPage = site.relativize(file).toString().matches("(vi/)?claims/[^/]+/index\\.html");
            if (!claimPage) {
                assertTrue(blocks.isEmpty(), file + " is not a claim page but has JSON-LD");
                continue;
            }
            claims++;
            assertEquals(1, blocks.size(), file.toString());
            JsonNode data = json.readTree(blocks.get(0).data());
            // A check of an image or video: [ClaimReview, MediaReview]; else the ClaimReview alone.
            JsonNode review = data.isArray() ? data.get(0) : data;
            assertEquals("ClaimReview", review.get("@type").asText());
            Element mediaLine = page.selectFirst(".media-rating");
            if (data.isArray()) {
                assertEquals(2, data.size(), file.toString());
                JsonNode media = data.get(1);
                assertEquals("MediaReview", media.get("@type").asText());
                assertEquals(review.get("url"), media.get("url"));
                assertEquals(review.get("author"), media.get("author"));
                assertEquals(mediaLine.selectFirst("a").attr("href"),
                        media.at("/itemReviewed/mediaItemAppearance/0/contentUrl").asText(), file + ": the media's address");
                assertTrue(media.get("mediaAuthenticityCategory").asText().startsWith("https://schema.org/"));
                mediaReviews++;
            } else {
                assertTrue(mediaLine == null, file + ": a media rating without its MediaReview");
            }
            assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), review.get("url").asText());
            assertEquals(page.selectFirst(".claim-text").text(), review.get("claimReviewed").asText());
            assertEquals(page.selectFirst(".verdict .verdict-label").text(), review.at("/reviewRating/alternateName").asText());
            List<String> dates = page.select(".claim-dates time").eachAttr("datetime");
            assertEquals(dates.get(0), review.get("datePublished").asText());
            assertTrue(review.get("dateModified").asText().compareTo(dates.get(dates.size() - 1)) >= 0);
            assertEquals(page.selectFirst(".site-footer .publisher").text(), review.at("/author/name").asText());
            assertEquals(page.selectFirst("html").attr("lang"), review.get("inLanguage").asText());
            // The sources as citations, each archived copy the page offers as archivedAt.
            List<Element> sources = page.select(".source-list > li");
            JsonNode citations = review.path("citation");
            assertEquals(sources.size(), citations.size(), file + ": a citation per source");
            for (int i = 0; i < sources.size(); i++) {
                Element archived = sources.get(i).selectFirst("a.archived");
                assertEquals(archived == null ? "" : archived.attr("href"), citations.get(i).path("archivedAt").asText(),
                        file + ": source " + (i + 1) + "'s archived copy");
            }
            Element claimant = page.selectFirst(".claimant");
            if (claimant != null) {
                assertTrue(claimant.text().endsWith(review.at("/itemReviewed/author/name").asText()));
            }
        }
        assertTrue(claims >= 7, "claim pages: " + claims);
        assertTrue(!archive.equals("sample") || mediaReviews >= 1, "the sample shows a MediaReview");
    }
}
