package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in English and Vietnamese: each language an edition of its own below its folder, translations paired
 * by file name or {@code translationKey}, and the mistakes an author can make with them.
 */
class BilingualArchiveTest {

    private static final String SITE = """
            title: Test Desk
            baseUrl: https://desk.example/archive/
            language: en
            languages:
              en: {}
              vi: {title: Bàn kiểm chứng, description: Kiểm chứng các tuyên bố}
            """;

    @TempDir
    Path dir;

    private TestArchive bilingual(String files) {
        return TestArchive.of(dir, "-- content/site.yaml --\n" + SITE + files);
    }

    @Test
    void eachLanguageIsAnEditionBelowItsFolder() throws Exception {
        TestArchive archive = bilingual(""
                + "-- content/claims/toll.md --\n" + claim("Is the toll doubling?", "tags: [transport]\n", "Body.\n")
                + "-- content/claims/toll.vi.md --\n" + claim("Phí cầu đường tăng gấp đôi?", "tags: [giao thông]\n",
                        "Nội dung.\n")
                + "-- content/claims/rice.md --\n" + claim("Is rice exported?", "", "Body.\n")
                + "-- content/pages/about.md --\n---\ntitle: About\n---\nAbout us.\n"
                + "-- content/pages/about.vi.md --\n---\ntitle: Giới thiệu\n---\nVề chúng tôi.\n")
                .build();
        assertEquals(3, archive.result().claims());
        Document en = archive.html("claims/toll/index.html");
        Document vi = archive.html("vi/claims/toll/index.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("vi", vi.selectFirst("html").attr("lang"));
        assertEquals("Phí cầu đường tăng gấp đôi?", vi.selectFirst("h1").text());
        assertEquals("https://desk.example/archive/vi/claims/toll/",
                vi.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(vi.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/archive/assets/"),
                "one set of assets at the root");
        assertFalse(Files.exists(archive.site().resolve("vi/assets")));

        Document viHome = archive.html("vi/index.html");
        assertEquals(1, viHome.select(".claim-list li").size(), "only the edition's claims");
        assertTrue(viHome.title().contains("Bàn kiểm chứng"), viHome.title());
        assertEquals(2, archive.html("index.html").select(".claim-list li").size());
        assertTrue(Files.exists(archive.site().resolve("vi/tags/giao-thong/index.html")));
        assertFalse(Files.exists(archive.site().resolve("vi/tags/transport/index.html")));
        assertEquals("Giới thiệu", archive.html("vi/about/index.html").selectFirst("h1").text());
        assertTrue(archive.file("vi/feed.xml").contains("<language>vi</language>"));
        assertTrue(Files.exists(archive.site().resolve("vi/search/manifest.json")));
        assertFalse(Files.exists(archive.site().resolve("vi/404.html")), "one 404 page, at the root");
        assertFalse(Files.exists(archive.site().resolve("vi/sitemap.xml")));
        String sitemap = archive.file("sitemap.xml");
        assertTrue(sitemap.contains("https://desk.example/archive/vi/claims/toll/")
                && sitemap.contains("https://desk.example/archive/claims/toll/"), "every edition in one sitemap");
    }

    @Test
    void translationsNameEachOtherAndTheSwitcherLandsOnTheSameCheck() throws Exception {
        TestArchive archive = bilingual(""
                + "-- content/claims/toll.md --\n" + claim("Is the toll doubling?", "tags: [transport]\n", "")
                + "-- content/claims/toll.vi.md --\n" + claim("Phí cầu?", "tags: [transport]\n", "")
                + "-- content/claims/rice.md --\n" + claim("Is rice exported?", "", ""))
                .build();
        Document en = archive.html("claims/toll/index.html");
        assertEquals(List.of("en https://desk.example/archive/claims/toll/",
                "vi https://desk.example/archive/vi/claims/toll/",
                "x-default https://desk.example/archive/claims/toll/"),
                en.select("link[rel=alternate][hreflang]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href"))
                        .toList());
        assertEquals("/archive/vi/claims/toll/", en.selectFirst(".language-switcher a[hreflang=vi]").attr("href"));
        assertEquals("English", archive.html("vi/claims/toll/index.html")
                .selectFirst(".language-switcher a[hreflang=en]").text());

        Document untranslated = archive.html("claims/rice/index.html");
        assertTrue(untranslated.select("link[hreflang]").isEmpty(), "no alternates without a translation");
        assertEquals("/archive/vi/", untranslated.selectFirst(".language-switcher a[hreflang=vi]").attr("href"),
                "to the other language's home, said plainly");
        assertFalse(untranslated.selectFirst(".language-switcher .language-note").text().isEmpty());

        // Every hreflang target exists and names this page back.
        try (var files = Files.walk(archive.site())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
                String self = page.select("link[rel=canonical]").attr("href");
                for (var link : page.select("link[rel=alternate][hreflang]")) {
                    String target = link.attr("href").replace("https://desk.example/archive/", "");
                    Path targetFile = archive.site().resolve(target + "index.html");
                    assertTrue(Files.exists(targetFile), file + " names " + target);
                    assertTrue(org.jsoup.Jsoup.parse(targetFile.toFile(), "UTF-8")
                            .select("link[rel=alternate][hreflang]").stream().anyMatch(l -> l.attr("href").equals(self)),
                            target + " names " + self + " back");
                }
            }
        }
        String sitemap = archive.file("sitemap.xml");
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"vi\" "
                + "href=\"https://desk.example/archive/vi/claims/toll/\"/>"), sitemap);
        assertTrue(archive.html("tags/transport/index.html").select("link[hreflang=vi]").size() == 1,
                "a tag both languages use pairs by address");
    }

    @Test
    void aRelatedQuestionIsAnsweredInItsOwnLanguageFirstThenInAnother() throws Exception {
        TestArchive archive = bilingual(""
                + "-- content/claims/toll.md --\n" + claim("Is the toll doubling?", "", "")
                + "-- content/claims/rice.md --\n" + claim("Is rice exported?", "", "")
                + "-- content/claims/gao.vi.md --\n" + claim("Gạo có được xuất khẩu không?", "", "")
                + "-- content/claims/phi.vi.md --\n" + claim("Phí cầu?",
                        "related:\n  - Is the toll doubling?\n  - Is rice exported?\n  - Gạo có được xuất khẩu không?\n", ""))
                .build();
        Document vi = archive.html("vi/claims/phi/index.html");
        var links = vi.select(".related a");
        assertEquals(List.of("/archive/claims/toll/", "/archive/claims/rice/", "/archive/vi/claims/gao/"),
                links.stream().map(a -> a.attr("href")).toList(), "another language's answer when there is none in its own");
        assertEquals("en", links.get(0).attr("hreflang"));
        assertTrue(archive.html("vi/questions/index.html").select("a[href=/archive/claims/toll/]").size() == 1,
                "the questions index links the answer in the other language");
    }

    @Test
    void aSiteWithoutLanguagesKeepsItsAddresses() throws Exception {
        TestArchive archive = TestArchive.of(dir, ""
                + "-- content/claims/toll.md --\n" + claim("Is the toll doubling?", "", "")
                + "-- content/claims/toll-vi.md --\n" + claim("Phí cầu đường?", "lang: vi\n", ""))
                .build();
        assertEquals(2, archive.html("index.html").select(".claim-list li").size());
        assertEquals("vi", archive.html("claims/toll-vi/index.html").selectFirst("html").attr("lang"));
        assertFalse(Files.exists(archive.site().resolve("vi")));
    }

    @Test
    void aTranslationKeyPairsClaimsWhoseFilesAreNamedApart() throws Exception {
        TestArchive archive = bilingual(""
                + "-- content/claims/toll.md --\n" + claim("Is the toll doubling?", "", "")
                + "-- content/claims/phi-cau.md --\n" + claim("Phí cầu?", "lang: vi\ntranslationKey: toll\n", ""))
                .build();
        assertTrue(Files.exists(archive.site().resolve("vi/claims/phi-cau/index.html")));
    }

    @Test
    void aLanguageTheSiteDoesNotListIsAnError() {
        List<String> errors = bilingual("-- content/claims/a.md --\n" + claim("A?", "lang: fr\n", ""))
                .buildWithErrors();
        assertEquals(List.of("content/claims/a.md:1: error: `lang: fr` is not one of the site's languages (en, vi); "
                + "use one of them, or add `fr` to `languages:` in site.yaml"), errors);
    }

    @Test
    void twoClaimsOfOneLanguageCannotShareATranslationKey() {
        List<String> errors = bilingual(""
                + "-- content/claims/a.vi.md --\n" + claim("A?", "", "")
                + "-- content/claims/b.md --\n" + claim("B?", "lang: vi\ntranslationKey: a\n", ""))
                .buildWithErrors();
        assertEquals(List.of("content/claims/b.md:7: error: this claim and a.vi.md are both the `vi` translation of "
                + "`a`; give one of them its own `translationKey:`"), errors);
    }

    @Test
    void theFileNameAndLangMustAgree() {
        List<String> errors = bilingual("-- content/claims/a.vi.md --\n" + claim("A?", "lang: en\n", ""))
                .buildWithErrors();
        assertEquals(List.of("content/claims/a.vi.md:6: error: the file name says the claim is in `vi` and `lang:` "
                + "says `en`; remove `lang:` or rename the file"), errors);
    }

    @Test
    void aSlugIsUniqueWithinItsLanguageOnly() {
        List<String> errors = bilingual(""
                + "-- content/claims/a.vi.md --\n" + claim("A?", "", "")
                + "-- content/claims/b.vi.md --\n" + claim("B?", "slug: a\n", ""))
                .buildWithErrors();
        assertEquals(List.of("content/claims/b.vi.md:6: error: this claim's page address `claims/a/` is already "
                + "taken by a.vi.md; rename one of the files or give one a different `slug:`"), errors);
    }

    @Test
    void translationsWithDifferentVerdictsAreWarnedAbout() throws Exception {
        TestArchive archive = bilingual(""
                + "-- content/claims/a.md --\n" + claim("A?", "", "")
                + "-- content/claims/a.vi.md --\n" + claim("A?", "", "").replace("verdict: false", "verdict: true"))
                .build();
        assertEquals(List.of("content/claims/a.vi.md:4: warning: this translation's verdict is `true`, but a.md (en) "
                + "says `false`; give both the same verdict, or correct the other one too"), archive.warnings());
    }

    @Test
    void theDefaultLanguageLivesAtTheRootAndFoldersAreChecked() {
        List<String> errors = TestArchive.of(dir, "-- content/site.yaml --\n" + SITE.replace("en: {}", "en: {path: en}")
                .replace("vi: {title", "vi: {path: tags, title") + "-- content/claims/a.md --\n" + claim("A?", "", ""))
                .buildWithErrors();
        assertTrue(errors.contains("content/site.yaml:4: error: the default language (`en`) lives at the site's root; "
                + "`path:` is for the other languages"), errors::toString);
        assertTrue(errors.contains("content/site.yaml:4: error: language `vi` would live at `tags/`, which FactSite, "
                + "a taxonomy or another language uses; give it another `path:`"), errors::toString);
    }
}
