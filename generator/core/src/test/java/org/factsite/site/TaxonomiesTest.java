package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags, claimants, authors and a desk's own taxonomies: index pages, term pages, distributions, aliases. */
class TaxonomiesTest {

    @TempDir
    Path dir;

    private static String by(String claimant, String verdict) {
        return "claimant:\n  name: " + claimant + "\nverdict: " + verdict + "\n";
    }

    @Test
    void claimantsGetAnIndexAndAPageEachWithHowTheirClaimsWereRated() throws Exception {
        TestArchive archive = TestArchive.of(dir, ""
                + "-- content/claims/a.md --\n" + claim("A?", by("Nguyễn Đức Anh", "false"), "").replace("verdict: false\nchecked", "checked")
                + "-- content/claims/b.md --\n" + claim("B?", by("nguyen duc anh", "false"), "").replace("verdict: false\nchecked", "checked")
                + "-- content/claims/c.md --\n" + claim("C?", by("Nguyễn Đức Anh", "true"), "").replace("verdict: false\nchecked", "checked")
                + "-- content/claims/d.md --\n" + claim("D?", by("Someone Else", "mixed"), "").replace("verdict: false\nchecked", "checked"))
                .build();
        Document page = archive.html("claimants/nguyen-duc-anh/index.html");
        assertEquals("Claims by Nguyễn Đức Anh", page.selectFirst("h1").text(), "case and accent variants merge");
        assertEquals(3, page.select(".claim-list li").size());
        assertEquals(List.of("True: 1", "False: 2"), page.select(".distribution-list li").stream()
                .map(li -> li.text().substring(li.text().indexOf(' ') + 1)).toList(), "in the scale's order");
        int sum = page.select(".distribution-list li").stream()
                .mapToInt(li -> Integer.parseInt(li.text().replaceAll(".*: ", ""))).sum();
        assertEquals(3, sum, "the distribution adds up to the claimant's claims");
        Element bar = page.selectFirst(".distribution-bar");
        assertEquals("img", bar.attr("role"));
        assertTrue(bar.attr("aria-label").contains("False: 2") && bar.attr("aria-label").contains("3 fact-checks"),
                bar.attr("aria-label"));
        assertTrue(Files.exists(archive.site().resolve("claimants/nguyen-duc-anh/feed.xml")));
        assertEquals(List.of("Nguyễn Đức Anh (3)", "Someone Else (1)"),
                archive.html("claimants/index.html").select(".tag-list li").eachText());
        assertEquals("/archive/claimants/nguyen-duc-anh/",
                archive.html("claims/b/index.html").selectFirst(".claimant a").attr("href"), "the claim links its claimant");
    }

    @Test
    void aliasesInSiteYamlMergeSpellings() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + """
                taxonomies:
                  - name: tags
                  - name: claimant
                    aliases:
                      Nguyễn Đức Anh: [N. D. Anh, Anh Nguyen]
                """
                + "-- content/claims/a.md --\n" + claim("A?", "claimant:\n  name: N. D. Anh\n", "")
                + "-- content/claims/b.md --\n" + claim("B?", "claimant:\n  name: Nguyễn Đức Anh\n", "")
                + "-- content/claims/c.md --\n" + claim("C?", "claimant:\n  name: Anh Nguyen\nauthors: [Ann]\n", ""))
                .build();
        assertEquals("Claims by Nguyễn Đức Anh", archive.html("claimants/nguyen-duc-anh/index.html").selectFirst("h1")
                .text(), "the alias's one name, not the spelling most claims use");
        assertEquals(3, archive.html("claimants/nguyen-duc-anh/index.html").select(".claim-list li").size());
        assertFalse(Files.exists(archive.site().resolve("claimants/n-d-anh")));
        assertFalse(Files.exists(archive.site().resolve("authors")), "taxonomies: lists exactly the site's taxonomies");
        assertEquals(List.of("Topics", "Claimants"), archive.html("index.html").select(".footer-nav li").eachText()
                .subList(0, 2));
    }

    @Test
    void authorsAndADesksOwnTaxonomyFromExtra() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + """
                taxonomies:
                  - name: authors
                  - name: region
                    field: extra.region
                    path: regions
                    label: {en: Regions}
                """
                + "-- content/claims/a.md --\n" + claim("A?", "authors: [Ann Writer, Bo Checker]\nextra:\n  region: Hà Nội\n", "")
                + "-- content/claims/b.md --\n" + claim("B?", "authors: [Ann Writer]\nextra:\n  region: [Huế, Hà Nội]\n", ""))
                .build();
        assertEquals(2, archive.html("authors/ann-writer/index.html").select(".claim-list li").size());
        assertEquals(List.of("Ann Writer", "Bo Checker"), archive.html("claims/a/index.html")
                .select(".claim-authors a").eachText());
        assertEquals("Regions: Hà Nội", archive.html("regions/ha-noi/index.html").selectFirst("h1").text());
        assertEquals(List.of("Hà Nội (2)", "Huế (1)"), archive.html("regions/index.html").select(".tag-list li").eachText());
        assertFalse(Files.exists(archive.site().resolve("authors/ann-writer/feed.xml")), "authors have no feed by default");
        // A desk's own taxonomy is linked from its claims' pages as the built-in ones are.
        org.jsoup.nodes.Element regions = archive.html("claims/b/index.html").selectFirst(".claim-terms");
        assertEquals("Regions: Huế, Hà Nội", regions.text());
        assertEquals(List.of("/archive/regions/hue/", "/archive/regions/ha-noi/"), regions.select("a").eachAttr("href"));
        assertEquals(List.of("/archive/regions/ha-noi/"), archive.html("claims/a/index.html").select(".claim-terms a")
                .eachAttr("href"));
        // ... has term feeds, as tags do ...
        assertTrue(Files.exists(archive.site().resolve("regions/hue/feed.xml")), "a desk's taxonomy has term feeds");
        // ... and a search filter: a choice on the search page, its terms in the index, each keeping its claims.
        Document search = archive.html("search/index.html");
        assertEquals(List.of("verdict", "region", "year", "lang"), search.select("select[data-filter]")
                .eachAttr("data-filter"), "authors have no filter by default; tags are not configured here");
        assertEquals("Regions", search.selectFirst("select[data-filter=region]").parent().ownText().trim());
        JsonNode manifest = json(archive.site().resolve("search/manifest.json"));
        assertEquals("[[\"ha-noi\",\"Hà Nội\",2],[\"hue\",\"Huế\",1]]", manifest.at("/filters/region").toString());
        JsonNode cards = json(archive.site().resolve("search/c/0.json"));
        List<String> keptByHue = readLines(archive.site().resolve("search/f/region-hue.txt")).stream()
                .map(id -> cards.get(Integer.parseInt(id, 36)).get(1).asText()).toList();
        assertEquals(List.of("B?"), keptByHue, "the Huế filter keeps B, whose card is titled B?");
    }

    @Test
    void aTaxonomysSearchFilterCanBeTurnedOnOrOff() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + """
                taxonomies:
                  - name: tags
                    search: false
                  - name: claimant
                    search: true
                """
                + "-- content/claims/a.md --\n" + claim("A?", "claimant:\n  name: Ann\ntags: [x]\n", "")).build();
        assertEquals(List.of("verdict", "claimant", "year", "lang"), archive.html("search/index.html")
                .select("select[data-filter]").eachAttr("data-filter"));
        assertEquals("[[\"ann\",\"Ann\",1]]", json(archive.site().resolve("search/manifest.json"))
                .at("/filters/claimant").toString());
    }

    private static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void taxonomyMistakesAreReported() {
        List<String> errors = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + """
                taxonomies:
                  - name: tags
                  - name: people
                    field: speaker
                  - name: places
                    field: extra.place
                    path: claims
                  - name: regions
                  - name: year
                    field: extra.year
                """ + "-- content/claims/a.md --\n" + claim("A?", "", "")).buildWithErrors();
        assertEquals(List.of("content/site.yaml:6: error: `field` must be `tags`, `claimant`, `authors` or "
                + "`extra.<key>`, not `speaker`", "content/site.yaml:9: error: the taxonomy `places` would live at "
                + "`claims/`, which FactSite or another taxonomy uses; give it another `path:`",
                "content/site.yaml:10: error: the taxonomy `regions` needs a `field:`, what a claim names its terms "
                + "in: `tags`, `claimant`, `authors` or `extra.<key>`", "content/site.yaml:11: error: the taxonomy "
                + "`year` would give the search page a filter named like one of its own (all, lang, q, tag, verdict, "
                + "year); rename it or add `search: false`"), errors);
    }

    @Test
    void aPlainPageCannotTakeATaxonomysAddress() {
        List<String> errors = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "", "")
                + "-- content/pages/claimants.md --\n---\ntitle: Our claimants\n---\nText.\n").buildWithErrors();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/pages/claimants.md"), errors::toString);
        assertTrue(errors.get(0).contains("`claimants/` is used by FactSite itself"), errors::toString);
    }
}
