package org.factsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every word a reader sees comes from the theme's messages in the page's language; dates too. */
class LanguagesTest {

    @Test
    void vietnamesePageOfAnEnglishSite(@TempDir Path dir) {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/vi.md --\n"
                + TestArchive.claim("Có đúng không?", "lang: vi\nupdated: 2025-12-01\n", "Nội dung.\n")).build();
        Document page = archive.html("claims/vi/index.html");
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertEquals("Sai", page.selectFirst(".verdict-label").text());
        assertEquals("Kết luận của chúng tôi", page.selectFirst("#verdict-heading").text());
        assertEquals(List.of("ngày 9 tháng 10 năm 2025", "ngày 1 tháng 12 năm 2025"),
                page.select(".claim-dates time").eachText());
        assertEquals("Chuyển đến nội dung", page.selectFirst(".skip-link").text());
        // The home page is in the site's language.
        assertEquals("Latest fact-checks", archive.html("index.html").selectFirst("h1").text());
    }

    @Test
    void siteThemeOverridesSingleMessagesAndFallsBackForTheRest(@TempDir Path dir) {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + TestArchive.claim("Is it?", "", "x\n")
                + "-- theme/i18n/en.properties --\nclaim.verdict=The rating\nverdict.false=Wrong\n");
        archive.build(archive.request().withThemeDirectory(dir.resolve("theme")));
        Document page = archive.html("claims/a/index.html");
        assertEquals("The rating", page.selectFirst("#verdict-heading").text());
        assertEquals("Wrong", page.selectFirst(".verdict-label").text());
        assertEquals("Analysis", page.selectFirst("#analysis-heading").text(), "keys the site theme lacks fall back");
    }

    @Test
    void siteScaleWithPerLanguageLabels(@TempDir Path dir) {
        TestArchive archive = TestArchive.of(dir, """
                -- content/site.yaml --
                title: Scale Desk
                baseUrl: https://scale.example/
                language: vi
                verdicts:
                  - key: correct
                    label: {en: Correct, vi: Chính xác}
                    rating: 2
                    color: "#176f2c"
                  - key: wrong
                    label: Wrong
                    rating: 1
                -- content/claims/a.md --
                ---
                title: Đúng không?
                claim: Một điều.
                verdict: correct
                checked: 2025-10-09
                ---
                Nội dung.
                -- content/claims/b.md --
                ---
                title: Is it?
                claim: A thing.
                verdict: correct
                checked: 2025-10-09
                lang: en
                ---
                Text.
                """).build();
        assertEquals("Chính xác", archive.html("claims/a/index.html").selectFirst(".verdict-label").text());
        assertEquals("Correct", archive.html("claims/b/index.html").selectFirst(".verdict-label").text());
        assertTrue(archive.warnings().isEmpty(), archive.warnings()::toString);
    }

    @Test
    void missingTranslationIsAWarning(@TempDir Path dir) {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/fr.md --\n"
                + TestArchive.claim("Est-ce vrai ?", "lang: fr\n", "Texte.\n")).build();
        assertEquals(List.of("content/claims/fr.md: warning: the theme has no translation for `fr` "
                + "(i18n/fr.properties); its labels appear in English"), archive.warnings());
        assertEquals("False", archive.html("claims/fr/index.html").selectFirst(".verdict-label").text());
    }
}
