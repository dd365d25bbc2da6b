package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check of an image or video carries a MediaReview beside its ClaimReview: on its page and in the data feeds. */
class MediaReviewTest {

    private static final String MEDIA = "claimant: A page\nmedia:\n  type: image\n"
            + "  url: https://social.example/post/1\n  rating: transformed\n"
            + "  original: https://photos.example/original\n";

    @TempDir
    Path dir;

    private TestArchive archive() {
        return TestArchive.of(dir, "-- content/claims/photo.md --\n" + claim("Is the photo real?", MEDIA, "Text.\n")
                + "-- content/claims/plain.md --\n" + claim("Plain?", "", "")).build();
    }

    @Test
    void thePageCarriesAMediaReviewBesideItsClaimReviewAndSaysTheRating() throws IOException {
        Document page = archive().html("claims/photo/index.html");
        JsonNode data = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("ClaimReview", data.get(0).get("@type").asText());
        JsonNode media = data.get(1);
        assertEquals("MediaReview", media.get("@type").asText());
        assertEquals("https://schema.org/TransformedContent", media.get("mediaAuthenticityCategory").asText());
        assertEquals("https://desk.example/archive/claims/photo/", media.get("url").asText());
        assertEquals(data.get(0).get("author"), media.get("author"), "the same desk reviews both");
        JsonNode item = media.get("itemReviewed");
        assertEquals("MediaReviewItem", item.get("@type").asText());
        assertEquals("A page", item.get("creator").get("name").asText());
        assertEquals("ImageObject", item.get("mediaItemAppearance").get(0).get("@type").asText());
        assertEquals("https://social.example/post/1", item.get("mediaItemAppearance").get(0).get("contentUrl").asText());
        assertEquals("https://photos.example/original", media.get("originalMediaLink").asText());
        assertEquals("Image: Transformed. Parts of it were altered or added, by hand or by software. (where it "
                + "circulated; the original)", page.selectFirst(".media-rating").text());
    }

    @Test
    void aCheckWithoutMediaKeepsItsOneClaimReview() throws IOException {
        Document page = archive().html("claims/plain/index.html");
        JsonNode data = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("ClaimReview", data.get("@type").asText());
        assertTrue(page.select(".media-rating").isEmpty());
    }

    @Test
    void theDataFeedsCarryTheMediaReviewAndItsColumns() throws IOException {
        TestArchive archive = archive();
        JsonNode feed = new ObjectMapper().readTree(archive.file("claimreview.json"));
        for (JsonNode element : feed.get("dataFeedElement")) {
            List<String> types = new java.util.ArrayList<>();
            element.get("item").forEach(i -> types.add(i.get("@type").asText()));
            boolean photo = element.get("url").asText().endsWith("/photo/");
            assertEquals(photo ? List.of("ClaimReview", "MediaReview") : List.of("ClaimReview"), types);
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(archive.file("claimreview.csv"))).getRecords();
        CSVRecord photo = rows.stream().filter(r -> r.get("url").endsWith("/photo/")).findFirst().orElseThrow();
        assertEquals(List.of("image", "https://social.example/post/1", "transformed"),
                List.of(photo.get("media_type"), photo.get("media_url"), photo.get("media_rating")));
        CSVRecord plain = rows.stream().filter(r -> r.get("url").endsWith("/plain/")).findFirst().orElseThrow();
        assertEquals("", plain.get("media_rating"));
    }

    @Test
    void theRatingIsSaidInThePagesLanguage() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + "language: vi\n"
                + "-- content/claims/photo.md --\n" + claim("Ảnh có thật không?", MEDIA, "")).build();
        assertTrue(archive.html("claims/photo/index.html").selectFirst(".media-rating").text()
                .startsWith("Hình ảnh: Bị chế tác."));
    }

    @Test
    void everyBadValueIsAnErrorAtItsLine() {
        List<String> errors = TestArchive.of(dir, "-- content/claims/photo.md --\n" + claim("Is the photo real?",
                "media:\n  type: gif\n  rating: transformd\n  by: someone\n", "")
                + "-- content/claims/video.md --\n" + claim("Is the video real?",
                "media:\n  type: video\n  url: not an address\n  rating: staged\n", "")).buildWithErrors();
        assertEquals(5, errors.size(), String.join("\n", errors));
        assertEquals(List.of("content/claims/photo.md:7: error: `media.type` is `gif`; write one of image, video, audio",
                "content/claims/photo.md:7: error: missing required field `media.url`; add e.g. "
                        + "`url: https://social.example/post/123`",
                "content/claims/photo.md:8: error: `media.rating` is `transformd` (did you mean `transformed`?); write "
                        + "one of original, missing-context, edited, transformed, staged, satire (schema.org's "
                        + "MediaManipulationRatingEnumeration; docs/content-format.md says what each means)",
                "content/claims/photo.md:9: error: unknown field `media.by`; the reviewed media can have: original, "
                        + "rating, type, url"), errors.subList(0, 4));
        assertTrue(errors.get(4).startsWith("content/claims/video.md:8: error:"), errors.get(4));
    }
}
