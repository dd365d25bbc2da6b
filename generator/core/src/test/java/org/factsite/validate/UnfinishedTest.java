package org.factsite.validate;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing unfinished is published: placeholders and example addresses stop a claim, a page or site.yaml; drafts keep them. */
class UnfinishedTest {

    private static final String OR_DRAFT = ", or keep `draft: true` until it is finished";

    @TempDir
    Path dir;

    @Test
    void anExampleAddressIsNoSource() {
        List<String> errors = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("Is it?", """
                appearances: [https://www.example.com/post/1]
                sources:
                  - id: 1
                    title: Report
                    url: https://example.org/source
                    archived: https://web.archive.org/web/2026/https://example.net/source
                  - id: 2
                    title: Real
                    url: https://agency.example/report
                """, "Cited [1] [2].\n")).buildWithErrors();
        assertEquals(List.of(
                "content/claims/a.md:6: error: `appearances[1]` is an example address (https://www.example.com/post/1), "
                        + "not a real one; give the real address" + OR_DRAFT,
                "content/claims/a.md:10: error: `sources[1].url` is an example address (https://example.org/source), "
                        + "not a real one; give the real address" + OR_DRAFT,
                "content/claims/a.md:11: error: `sources[1].archived` is an example address "
                        + "(https://web.archive.org/web/2026/https://example.net/source), not a real one; give the real "
                        + "address" + OR_DRAFT), errors);
    }

    @Test
    void theArchetypesOldPlaceholderTextsAreFoundToo() {
        List<String> errors = TestArchive.of(dir, """
                -- content/site.yaml --
                title: Desk
                baseUrl: https://desk.example/
                description: Fact checks published by our desk. Replace this with one or two sentences.
                organization:
                  legalForm: Replace with the desk's legal form (a non-profit, a newsroom's unit ...)
                  funding:
                    - {year: 2025, source: TODO, share: 100 %}
                -- content/pages/about.md --
                ---
                title: About us
                ---
                Replace this with who runs the desk.
                """).buildWithErrors().stream().filter(d -> d.contains(": error: ")).toList();
        String later = "; write it, or delete the line (or put a # before it) until you know";
        assertEquals(List.of(
                "content/pages/about.md:4: error: the article is not written yet: it still holds the placeholder "
                        + "\"Replace this with who runs the desk.\"; write the article" + OR_DRAFT,
                "content/site.yaml:5: error: `organization.legalForm` is not written yet: it still holds the placeholder "
                        + "\"Replace with the desk's legal form (a non-profit, a newsr...\"" + later,
                "content/site.yaml:7: error: `organization.funding[1].source` is not written yet: it still holds the "
                        + "placeholder \"TODO\"" + later), errors);
    }

    @Test
    void aDraftKeepsItsPlaceholdersAndADraftPageIsLeftOutEvenFromTheMenu() throws Exception {
        TestArchive archive = TestArchive.of(dir, """
                -- content/site.yaml --
                title: Desk
                baseUrl: https://desk.example/
                menu: [about, methodology]
                -- content/pages/about.md --
                ---
                title: About us
                draft: true
                ---
                TODO: who runs the desk.
                -- content/pages/methodology.md --
                ---
                title: How we check
                ---
                We read the sources.
                -- content/claims/a.md --
                """ + claim("Is it?", "draft: true\nsources:\n  - {id: 1, title: TODO, url: https://example.org/}\n",
                "TODO [1]\n")).build();
        assertTrue(archive.warnings().isEmpty(), archive.warnings()::toString);
        assertTrue(Files.notExists(archive.site().resolve("about")), "a draft page is not published");
        assertEquals(List.of("How we check"), archive.html("index.html").select("nav a").eachText().stream()
                .filter(t -> t.startsWith("About") || t.startsWith("How")).toList(), "the menu leaves the draft out");
        archive.build(archive.request().withDrafts(true));
        assertTrue(Files.exists(archive.site().resolve("about/index.html")), "drafts are built when asked for");
    }

    @Test
    void theMarkerInsideAWordOrInCodeIsNoPlaceholder() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("Is it?", "tags: [TODOS]\n",
                "Mastodon's `TODO` app.\n\n```\nTODO: a code sample\n```\n")).build();
        assertTrue(Files.exists(archive.site().resolve("claims/a/index.html")));
    }
}
