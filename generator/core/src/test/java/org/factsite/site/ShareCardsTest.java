package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A share card per claim: what a shared page's preview shows, the verdict first, never the viral image alone. */
class ShareCardsTest {

    @TempDir
    Path dir;

    private static final String CLAIMS = "-- content/claims/photo/index.md --\n"
            + claim("Is the photo real?", "image: {src: post.png, alt: The post}\nclaimant:\n  name: A page\n", "")
            + "-- content/claims/photo/post.png --\nPNG\n"
            + "-- content/claims/plain.md --\n" + claim("Plain?", "", "");

    @Test
    void aClaimPageSharesAsItsCardLedByTheVerdict() throws IOException {
        TestArchive archive = TestArchive.of(dir, CLAIMS).build();
        Document page = archive.html("claims/photo/index.html");
        assertEquals("https://desk.example/archive/cards/photo.png", meta(page, "og:image"));
        assertEquals("1200", meta(page, "og:image:width"));
        assertEquals("630", meta(page, "og:image:height"));
        assertEquals("False: Something was said.", meta(page, "og:image:alt"));
        assertEquals("False: Something was said.", meta(page, "og:description"), "the verdict leads, not the rumour");
        assertEquals("False: Is the photo real? – Test Desk", page.title());
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertTrue(page.select("meta[content*=post.png]").isEmpty(), "the claim's own image is never its share");
        BufferedImage card = ImageIO.read(archive.site().resolve("cards/photo.png").toFile());
        assertEquals(List.of(1200, 630), List.of(card.getWidth(), card.getHeight()));
        assertTrue(Files.isRegularFile(archive.site().resolve("cards/plain.png")), "a claim without image has one too");
        // The other pages share the site's card.
        assertEquals("https://desk.example/archive/cards/site.png", meta(archive.html("index.html"), "og:image"));
        assertEquals(1200, ImageIO.read(archive.site().resolve("cards/site.png").toFile()).getWidth());
    }

    @Test
    void aClaimPageOffersPlainShareLinksThatLoadNothingBeforeAReaderFollowsOne() {
        Document page = TestArchive.of(dir, CLAIMS).build().html("claims/plain/index.html");
        List<String> links = page.select(".share-list a").eachAttr("href");
        assertEquals(List.of("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdesk.example%2Farchive%2Fclaims"
                + "%2Fplain%2F", "https://x.com/intent/post?url=https%3A%2F%2Fdesk.example%2Farchive%2Fclaims%2Fplain%2F",
                "https://wa.me/?text=False%3A%20Something%20was%20said.%20"
                + "https%3A%2F%2Fdesk.example%2Farchive%2Fclaims%2Fplain%2F", "https://t.me/share/url?url=https%3A%2F%2F"
                + "desk.example%2Farchive%2Fclaims%2Fplain%2F",
                "mailto:?subject=False%3A%20Plain%3F&body=False%3A%20Something%20was%20said.%20https%3A%2F%2F"
                + "desk.example%2Farchive%2Fclaims%2Fplain%2F"), links);
        assertEquals("https://desk.example/archive/claims/plain/", page.selectFirst("#share-address").attr("value"));
        assertTrue(page.select("script[src^=http], script[src^=//], iframe, img[src^=http], "
                + "link[href^=http][rel=stylesheet]").isEmpty(), "nothing is fetched from another host");
        // Zalo and every other app of the phone: the system share sheet, through the site's own script.
        assertEquals(List.of("/archive/assets/share.js"), page.select("script[src]").eachAttr("src"));
        org.jsoup.nodes.Element sheet = page.selectFirst("button.share-native");
        assertTrue(sheet.parent().hasAttr("hidden"), "hidden until the script finds a share sheet");
        // What the script shares it reads from the head: the canonical address and the verdict-first description.
        assertEquals("https://desk.example/archive/claims/plain/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("False: Something was said.", page.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void aLogoOfTheArchiveIsOnEveryCardAndNamedInTheClaimReview() throws IOException {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "publisher:\n  name: Test Desk\n  logo: brand/logo.png\n" + CLAIMS);
        archive.writeBytes("content/static/brand/logo.png", org.factsite.testing.Photos.png(40, 20));
        archive.build();
        com.fasterxml.jackson.databind.JsonNode review = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                archive.html("claims/plain/index.html").selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://desk.example/archive/brand/logo.png", review.get("author").get("logo").asText());
        byte[] withLogo = Files.readAllBytes(archive.site().resolve("cards/plain.png"));
        archive.writeBytes("content/static/brand/logo.png", org.factsite.testing.Photos.png(80, 20));
        archive.build();
        assertFalse(java.util.Arrays.equals(withLogo, Files.readAllBytes(archive.site().resolve("cards/plain.png"))),
                "a new logo draws the cards again");
    }

    @Test
    void aLogoTheCardsCannotDrawIsAnErrorAtItsLine() {
        List<String> errors = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "publisher:\n  logo: logo.svg\n" + CLAIMS).buildWithErrors().stream()
                .filter(e -> e.contains(": error: ")).toList();
        assertEquals(List.of("content/site.yaml:4: error: `publisher.logo` must be a PNG, JPEG, GIF or WebP for share "
                + "cards to draw it; for an SVG, give its https:// address (it is then named in structured data only)"),
                errors);
        errors = TestArchive.of(dir.resolve("b"), "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "publisher:\n  logo: logo.png\n" + CLAIMS).buildWithErrors().stream()
                .filter(e -> e.contains(": error: ")).toList();
        assertEquals(List.of("content/site.yaml:4: error: `publisher.logo` names static/logo.png, which does not "
                + "exist; put the logo there"), errors);
    }

    @Test
    void otherSitesCanEmbedAClaimsCardFoundThroughOembed() throws IOException {
        TestArchive archive = TestArchive.of(dir, CLAIMS).build();
        String oembedUrl = archive.html("claims/photo/index.html")
                .selectFirst("link[rel=alternate][type=application/json+oembed]").attr("href");
        assertEquals("https://desk.example/archive/claims/photo/oembed.json", oembedUrl);
        com.fasterxml.jackson.databind.JsonNode oembed = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(archive.site().resolve("claims/photo/oembed.json").toFile());
        assertEquals("1.0", oembed.get("version").asText());
        assertEquals("rich", oembed.get("type").asText());
        assertEquals("False: Is the photo real?", oembed.get("title").asText());
        Document iframe = org.jsoup.Jsoup.parseBodyFragment(oembed.get("html").asText());
        assertEquals("https://desk.example/archive/claims/photo/embed/", iframe.selectFirst("iframe").attr("src"));
        Path embedFile = archive.site().resolve("claims/photo/embed/index.html");
        assertTrue(Files.size(embedFile) < 15_000, "an embed is light: " + Files.size(embedFile) + " bytes");
        Document embed = archive.html("claims/photo/embed/index.html");
        assertTrue(embed.select("script").isEmpty(), "no script");
        assertEquals("https://desk.example/archive/claims/photo/", embed.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", embed.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("False", embed.selectFirst(".verdict-badge").ownText().strip());
        assertEquals("Something was said.", embed.selectFirst(".embed-claim").text());
        assertEquals("https://desk.example/archive/claims/photo/", embed.selectFirst(".embed-link a").attr("href"));
        assertFalse(archive.file("sitemap.xml").contains("embed"), "embeds are not pages of the site's own");
    }

    @Test
    void aDeskCanTurnCardsOff() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "shareCards: false\n" + CLAIMS).build();
        assertFalse(Files.exists(archive.site().resolve("cards")));
        Document page = archive.html("claims/photo/index.html");
        assertNull(page.selectFirst("meta[property=og:image]"), "no card, and never the claim's own image instead");
        assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void aCharacterTheCardCannotDrawIsAWarningNamingTheClaim() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/wall.md --\n"
                + claim("Wall?", "", "").replace("claim: Something was said.", "claim: The 長城 is visible.")).build();
        assertEquals(List.of("content/claims/wall.md: warning: the share card's fonts cannot draw `長`, `城`, so the "
                + "card leaves them out; give the theme a font that has them (card/card.properties)"), archive.warnings());
    }

    @Test
    void aRebuildDrawsOnlyTheCardsWhoseWordsChanged() {
        TestArchive archive = TestArchive.of(dir, CLAIMS).build();
        assertEquals(3, archive.result().cardsDrawn(), "two claims and the site");
        archive.write("content/claims/plain.md", claim("Plain?", "", "A new article.\n")).build();
        assertEquals(0, archive.result().cardsDrawn(), "the article is not on the card");
        archive.write("content/claims/plain.md", claim("Plain?", "", "").replace("Something", "Something else"))
                .build();
        assertEquals(1, archive.result().cardsDrawn(), "the claim's words are");
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }
}
