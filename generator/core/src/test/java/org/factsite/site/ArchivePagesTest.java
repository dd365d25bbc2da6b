package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivePagesTest {

    @TempDir
    Path dir;

    private static String claims(int n, String extra) {
        StringBuilder spec = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            spec.append("-- content/claims/c").append(i).append(".md --\n")
                    .append(claim("Question " + i + "?", extra.replace("{i}", Integer.toString(i))
                            + "checked: 2025-01-" + String.format("%02d", i) + "\n", "Body.\n")
                            .replace("checked: 2025-10-09\n", ""));
        }
        return spec.toString();
    }

    @Test
    void homeIsPaginatedNewestFirst() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + "pageSize: 2\n"
                + claims(5, "")).build();
        Document first = archive.html("index.html");
        assertEquals(List.of("Question 5?", "Question 4?"), first.select(".claim-list h2").eachText());
        assertEquals("/archive/page/2/", first.selectFirst("a[rel=next]").attr("href"));
        Document last = archive.html("page/3/index.html");
        assertEquals(List.of("Question 1?"), last.select(".claim-list h2").eachText());
        assertEquals("/archive/page/2/", last.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("3", last.selectFirst("[aria-current=page]").text());
        assertFalse(Files.exists(archive.site().resolve("page/4")));
    }

    /** A long list links its first and last page and those near the current one, not every page. */
    @Test
    void longListsLinkAWindowOfPages() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + "pageSize: 1\n"
                + claims(12, "")).build();
        Document middle = archive.html("page/6/index.html");
        assertEquals(List.of("1", "4", "5", "6", "7", "8", "12"), middle.select(".pagination a:not([rel])").eachText());
        assertEquals(2, middle.select(".pagination .pagination-gap").size(), "an ellipsis for each skipped run");
        Document first = archive.html("index.html");
        assertEquals(List.of("1", "2", "3", "12"), first.select(".pagination a:not([rel])").eachText());
        assertEquals("/archive/page/12/", first.select(".pagination a:not([rel])").last().attr("href"));
    }

    @Test
    void tagsDifferingInCaseAreOneTagWithTransliteratedAddress() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "tags: [Căn cước điện tử]\n", "")
                + "-- content/claims/b.md --\n" + claim("B?", "tags: [căn cước điện tử]\n", "")
                + "-- content/claims/c.md --\n" + claim("C?", "tags: [căn cước điện tử, Other]\n", "")).build();
        Document tag = archive.html("tags/can-cuoc-dien-tu/index.html");
        assertEquals(3, tag.select(".claim-list li").size());
        assertEquals("Topic: căn cước điện tử", tag.selectFirst("h1").text(), "the spelling most claims use");
        assertEquals(List.of("căn cước điện tử (3)", "Other (1)"), archive.html("tags/index.html")
                .select(".tag-list li").eachText());
        assertTrue(Files.exists(archive.site().resolve("tags/can-cuoc-dien-tu/feed.xml")));
    }

    /** Spellings that differ only in accents are one term, named as most claims (then the alphabet) spell it. */
    @Test
    void tagsThatDifferOnlyInAccentsAreOneTag() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "tags: [Căn cước]\n", "")
                + "-- content/claims/b.md --\n" + claim("B?", "tags: [can cuoc]\n", "")).build();
        Document tag = archive.html("tags/can-cuoc/index.html");
        assertEquals(2, tag.select(".claim-list li").size());
        assertEquals(List.of("Căn cước (2)"), archive.html("tags/index.html").select(".tag-list li").eachText());
    }

    @Test
    void draftsAndFutureClaimsAppearNowhere() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/published.md --\n"
                + claim("Published?", "tags: [t]\nrelated: [\"Secret draft?\"]\n", "")
                + "-- content/claims/secret.md --\n" + claim("Secret draft?", "draft: true\ntags: [t]\n", "")
                + "-- content/claims/tomorrow.md --\n"
                + claim("Tomorrow?", "tags: [t]\n", "").replace("2025-10-09", "2026-11-28"));
        archive.build(archive.request().withClock(Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneOffset.UTC)));
        try (Stream<Path> files = Files.walk(archive.site())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(file.toString().contains("secret") || file.toString().contains("tomorrow"),
                        file + " belongs to an unpublished claim");
                if (file.toString().endsWith(".png")) {
                    continue; // share cards: their names are checked above
                }
                String text = Files.readString(file);
                assertFalse(text.contains("claims/secret") || text.contains("claims/tomorrow") || text.contains("Tomorrow?"),
                        file + " mentions an unpublished claim");
            }
        }
        assertTrue(archive.html("claims/published/index.html").selectFirst(".related-list li").hasClass("open"),
                "a question answered only by a draft is still open");
        // In Asia/Ho_Chi_Minh it is already the 28th: the claim is published.
        archive.write("content/site.yaml", TestArchive.SITE_YAML + "timezone: Asia/Ho_Chi_Minh\n");
        archive.build(archive.request().withClock(Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneOffset.UTC)));
        assertTrue(Files.exists(archive.site().resolve("claims/tomorrow/index.html")));
    }

    @Test
    void draftsAndFutureClaimsSayWhatTheyAreWhenShown() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/published.md --\n" + claim("Published?", "", "")
                + "-- content/claims/secret.md --\n" + claim("Secret draft?", "draft: true\n", "")
                + "-- content/claims/tomorrow.md --\n" + claim("Tomorrow?", "", "").replace("2025-10-09", "2026-11-28"));
        archive.build(archive.request().withDrafts(true).withFuture(true)
                .withClock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)));
        assertEquals("Draft: not published yet (draft: true)",
                archive.html("claims/secret/index.html").selectFirst(".status-note.status-draft").text());
        assertEquals("Scheduled: published on its checked date",
                archive.html("claims/tomorrow/index.html").selectFirst(".status-note.status-scheduled").text());
        assertNull(archive.html("claims/published/index.html").selectFirst(".status-note"));
        assertEquals(2, archive.html("index.html").select(".claim-item .status-note").size(), "marked in lists too");
    }

    @Test
    void correctionsShowOnThePageInTheLogAndTheFeed() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?",
                "corrections:\n  - date: 2025-10-20\n    note: Fixed a figure.\n  - date: 2025-10-12\n    note: Fixed a name.\n",
                "")).build();
        Document page = archive.html("claims/a/index.html");
        assertEquals(List.of("12 October 2025: Fixed a name.", "20 October 2025: Fixed a figure."),
                page.select(".corrections-notice li").eachText());
        assertEquals(List.of("20 October 2025: A?. Fixed a figure.", "12 October 2025: A?. Fixed a name."),
                archive.html("corrections/index.html").select(".correction-list li").eachText());
        assertTrue(archive.file("corrections/feed.xml").contains("<title>Correction: A?</title>"));
        assertTrue(archive.file("sitemap.xml").contains("<lastmod>2025-10-20</lastmod>"), "corrections update lastmod");
    }

    @Test
    void correctionBeforeTheCheckIsAnError() {
        List<String> errors = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?",
                "corrections:\n  - date: 2025-01-01\n    note: Too early.\n", "")).buildWithErrors();
        assertEquals(List.of("content/claims/a.md:7: error: the correction dated 2025-01-01 is before the check "
                + "(2025-10-09); a correction comes after publication"), errors);
    }

    @Test
    void plainPagesAndTheMenu() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "menu: [methodology, about]\n"
                + "-- content/pages/about.md --\n---\ntitle: About us\n---\nWe check things.\n"
                + "-- content/pages/method.md --\n---\ntitle: Methodology\nslug: methodology\n---\nHow.\n").build();
        Document about = archive.html("about/index.html");
        assertEquals("About us", about.selectFirst("h1").text());
        assertEquals(List.of("Ratings", "Questions", "Methodology", "About us"), about.select(".site-nav a").eachText());
        assertTrue(archive.file("sitemap.xml").contains("/archive/methodology/</loc>"));
    }

    @Test
    void pageProblems() {
        List<String> errors = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + "menu: [abuot]\n"
                + "-- content/pages/about.md --\n---\ntitle: About\n---\nx\n"
                + "-- content/pages/tags.md --\n---\ntitle: Tags\n---\nx\n").buildWithErrors();
        assertEquals(List.of("content/pages/tags.md:1: error: the page address `tags/` is used by FactSite itself; "
                        + "give the page another `slug:`",
                "content/site.yaml: error: the menu names the page `abuot`, but there is no such page (did you mean "
                        + "`about`?); add content/pages/abuot.md or remove it from `menu:`"), errors);
    }

    @Test
    void claimFolderImagesAreCopiedAndChecked() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/photo/index.md --\n"
                + claim("Photo?", "image: {src: post.png, alt: The post}\n", "![A ferry](ferry.png)\n")
                + "-- content/claims/photo/post.png --\nPNG\n-- content/claims/photo/ferry.png --\nPNG\n").build();
        assertTrue(Files.exists(archive.site().resolve("claims/photo/post.png")));
        assertTrue(Files.exists(archive.site().resolve("claims/photo/ferry.png")));
        Document page = archive.html("claims/photo/index.html");
        assertEquals("/archive/claims/photo/post.png", page.selectFirst(".claim-image img").attr("src"));
        // A share shows the claim's card (its verdict with the claim), never the claim's own image, often the viral one.
        assertEquals("https://desk.example/archive/cards/photo.png",
                page.selectFirst("meta[property=og:image]").attr("content"));
        assertTrue(page.select("meta[content*=post.png]").isEmpty(), "the claim's image is in no meta tag");
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
        // Images below the claim and its verdict load as a reader nears them.
        for (org.jsoup.nodes.Element img : page.select(".claim-image img, .analysis img")) {
            assertEquals(List.of("lazy", "async"), List.of(img.attr("loading"), img.attr("decoding")), img.outerHtml());
        }
        assertEquals(2, page.select(".claim-image img, .analysis img").size());
    }

    @Test
    void missingImagesAreErrorsAndMissingAltTextIsAWarning() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/photo/index.md --\n"
                + claim("Photo?", "", "![](here.png)\n\n![Gone](gone.png)\n")
                + "-- content/claims/single.md --\n" + claim("Single?", "image: shot.png\n", ""));
        archive.writeBytes("content/claims/photo/here.png", org.factsite.testing.Photos.png(4, 4));
        List<String> all = archive.buildWithErrors();
        assertEquals(List.of(
                "content/claims/photo/index.md:7: warning: the image `here.png` has no alt text; describe what it "
                        + "shows: ![The post as it was shared](here.png)",
                "content/claims/photo/index.md:9: error: the image `gone.png` does not exist; put it in photo/ beside "
                        + "index.md",
                "content/claims/single.md:6: error: the image `shot.png` does not exist; write the claim as a folder, "
                        + "claims/single/index.md, and put the image beside it",
                "content/claims/single.md:6: warning: the claim's image has no alt text; write `image: {src: "
                        + "shot.png, alt: What the image shows}`"), all);
    }

    /** The new desk's mistake: the image asked for is .jpg, the folder holds .png. */
    @Test
    void aMissingImageIsReportedAtItsSrcLineWithTheFileItProbablyMeans() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/wall/index.md --\n"
                + claim("Wall?", "image:\n  alt: The post as shared\n  src: viral-post.jpg\n", ""));
        archive.writeBytes("content/claims/wall/viral-post.png", org.factsite.testing.Photos.png(4, 4));
        List<String> errors = archive.buildWithErrors();
        assertEquals(List.of("content/claims/wall/index.md:8: error: the image `viral-post.jpg` does not exist; did you "
                + "mean `viral-post.png`, beside it? Write `viral-post.png`"), errors);
    }

    @Test
    void staticFilesAreCopiedButNeverReplaceAPage() {
        TestArchive archive = TestArchive.of(dir, "-- content/static/favicon.ico --\nICO\n"
                + "-- content/static/files/report.pdf --\nPDF\n").build();
        assertEquals("ICO\n", archive.file("favicon.ico"));
        assertEquals("PDF\n", archive.file("files/report.pdf"));
        archive.write("content/static/index.html", "<p>mine</p>");
        assertEquals(List.of("content/static/index.html: error: this static file would replace `index.html`, which "
                + "FactSite generates; rename or move it"), archive.buildWithErrors());
    }

    @Test
    void notFoundPageUsesAbsolutePathsAndIsNotIndexed() {
        Document page = TestArchive.of(dir, "").build().html("404.html");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(page.select("link[rel=canonical]").isEmpty());
        for (var e : page.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertTrue(url.startsWith("/archive/") || url.startsWith("#") || url.startsWith("https://"), url);
        }
    }

    @Test
    void questionsIndexSplitsByInitialWhenLarge() {
        StringBuilder related = new StringBuilder("related:\n");
        for (int q = 0; q < 11; q++) {
            related.append("  - \"").append((char) ('a' + q % 3)).append("q {i}-").append(q).append("?\"\n");
        }
        TestArchive archive = TestArchive.of(dir, claims(28, related.toString())).build();
        Document index = archive.html("questions/index.html");
        assertEquals("0 answered, 308 still open.", index.selectFirst(".question-counts").text());
        assertEquals(List.of("A (112)", "B (112)", "C (84)"), index.select(".question-sections li").eachText());
        assertTrue(index.select(".question-list").isEmpty(), "the index lists sections, not 308 questions");
        Document a = archive.html("questions/a/index.html");
        assertEquals(112, a.select(".question-list > li").size());
        assertTrue(a.selectFirst(".question-list .raised-by a").attr("href").startsWith("/archive/claims/c"));
    }

    @Test
    void aClaimFolderFileMayNotReplaceThePage() {
        List<String> errors = TestArchive.of(dir, "-- content/claims/photo/index.md --\n" + claim("Photo?", "", "x\n")
                + "-- content/claims/photo/index.html --\n<p>mine</p>\n").buildWithErrors();
        assertEquals(List.of("content/claims/photo/index.html: error: this file would replace the claim's page; "
                + "rename it"), errors);
    }
}
