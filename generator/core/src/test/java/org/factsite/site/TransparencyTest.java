package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation page, the rating scale page, the policy pages in the footer and JSON-LD, and the IFCN checks. */
class TransparencyTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String SITE = TestArchive.SITE_YAML + """
            organization:
              legalForm: Non-profit company
              owners: [Ann Writer (60 %), Bo Checker (40 %)]
              team:
                - {name: Ann Writer, role: Editor}
              email: desk@desk.example
              funding:
                - {year: 2026, source: A foundation, share: 70 %}
                - {year: 2026, source: Readers, share: 30 %}
                - {year: 2025, source: A foundation, share: 100 %}
            """;

    @TempDir
    Path dir;

    private static String page(String title) {
        return "---\ntitle: " + title + "\n---\nText.\n";
    }

    @Test
    void theOrganisationItsFundingAndItsPoliciesArePublished() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + SITE
                + "-- content/claims/a.md --\n" + claim("A?", "", "")
                + "-- content/pages/about.md --\n" + page("About us")
                + "-- content/pages/methodology.md --\n" + page("Methodology")
                + "-- content/pages/corrections-policy.md --\n" + page("Corrections policy")
                + "-- content/pages/funding.md --\n" + page("Funding")
                + "-- content/pages/contact.md --\n" + page("Contact and complaints"));
        archive.build(archive.request().withClock(IN_2026));
        assertEquals(List.of(), archive.warnings(), "nothing missing");
        Document organization = archive.html("about/organization/index.html");
        assertEquals("About Test Desk", organization.selectFirst("h1").text());
        assertEquals(List.of("2026 A foundation 70 %", "2026 Readers 30 %", "2025 A foundation 100 %"),
                organization.select("table tbody tr").eachText());
        assertTrue(organization.select(".organization").text().contains("Non-profit company"));
        Document claimPage = archive.html("claims/a/index.html");
        assertEquals(List.of("Organization and funding", "About us", "Methodology", "Corrections policy", "Funding",
                "Contact and complaints"), claimPage.select(".footer-nav li").eachText().subList(5, 11));
        JsonNode author = new ObjectMapper().readTree(claimPage.selectFirst("script[type=application/ld+json]").data())
                .get("author");
        assertEquals("https://desk.example/archive/methodology/", author.get("publishingPrinciples").asText());
        assertEquals("https://desk.example/archive/corrections-policy/", author.get("correctionsPolicy").asText());
        assertEquals("https://desk.example/archive/funding/", author.get("ownershipFundingInfo").asText());
        assertEquals("https://desk.example/archive/contact/", author.get("actionableFeedbackPolicy").asText());
        Document ratings = archive.html("methodology/ratings/index.html");
        assertEquals(6, ratings.select(".ratings dt").size(), "every verdict of the scale");
        assertTrue(ratings.select(".ratings dt").get(0).text().contains("rating 5"));
    }

    @Test
    void missingPoliciesAndThisYearsFundingAreWarnedAbout() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + SITE.replace("2026", "2024")
                + "-- content/claims/a.md --\n" + claim("A?", "", "")
                + "-- content/pages/about.md --\n" + page("About us"));
        archive.build(archive.request().withClock(IN_2026));
        List<String> warnings = archive.warnings();
        assertEquals(5, warnings.size(), warnings::toString);
        assertTrue(warnings.contains("content/site.yaml:3: warning: there is no page on the corrections policy "
                + "(`corrections-policy`); fact-checkers publish one: add content/pages/corrections-policy.md, or name "
                + "yours under `policies: {corrections: ...}`"), warnings::toString);
        assertTrue(warnings.contains("content/site.yaml:3: warning: the funding table has no entry for 2026; add this "
                + "year's sources under `organization: funding:`"), warnings::toString);
    }

    /** The new desk added English to a Vietnamese archive: its English edition had no policy page, and no warning. */
    @Test
    void anEditionWithoutItsPolicyPagesIsWarnedAbout() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + SITE + "language: vi\n"
                + "languages: {vi: {}, en: {}}\n"
                + "-- content/claims/a.md --\n" + claim("A?", "", "")
                + "-- content/claims/a.en.md --\n" + claim("A?", "", "")
                + "-- content/pages/about.md --\n" + page("Về chúng tôi")
                + "-- content/pages/about.en.md --\n" + page("About us")
                + "-- content/pages/methodology.md --\n" + page("Phương pháp")
                + "-- content/pages/corrections-policy.md --\n" + page("Chính sách đính chính")
                + "-- content/pages/funding.md --\n" + page("Tài chính")
                + "-- content/pages/contact.md --\n" + page("Liên hệ"));
        archive.build(archive.request().withClock(IN_2026));
        String noPage = "content/site.yaml:3: warning: the `en` edition has no page on ";
        String names = "), so its menu, footer and ClaimReview data name none; add its translation, content/pages/";
        assertEquals(List.of(
                noPage + "how claims are chosen and checked (`methodology`" + names + "methodology.en.md",
                noPage + "how readers reach the desk and escalate a complaint (`contact`" + names + "contact.en.md",
                noPage + "ownership and funding (`funding`" + names + "funding.en.md",
                noPage + "the corrections policy (`corrections-policy`" + names + "corrections-policy.en.md"),
                archive.warnings());
        JsonNode author = new ObjectMapper().readTree(archive.html("en/claims/a/index.html")
                .selectFirst("script[type=application/ld+json]").data()).get("author");
        assertTrue(author.get("correctionsPolicy") == null, "the warning says what readers and search engines get");
        JsonNode viAuthor = new ObjectMapper().readTree(archive.html("claims/a/index.html")
                .selectFirst("script[type=application/ld+json]").data()).get("author");
        assertEquals("https://desk.example/archive/corrections-policy/", viAuthor.get("correctionsPolicy").asText());
    }

    @Test
    void aSiteWithoutOrganisationIsNotAskedForIt() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "", "")).build();
        assertEquals(List.of(), archive.warnings());
        assertFalse(Files.exists(archive.site().resolve("about/organization")));
        assertTrue(Files.exists(archive.site().resolve("methodology/ratings/index.html")));
    }
}
