package org.factsite.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.site.CheckResult;
import org.factsite.site.FactSite;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new claim is a valid draft with every field, dated today in the site's time zone, and never overwrites. */
class ClaimScaffoldTest {

    @TempDir
    Path dir;

    // 23:30 UTC on the 27th is already the 28th in Hanoi.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void writesAValidDraftWithEveryField() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "timezone: Asia/Ho_Chi_Minh\n");
        Path file = ClaimScaffold.write(dir.resolve("content"), "Is \"X\" true: really?", Optional.empty(), CLOCK, dir);
        assertEquals(dir.resolve("content/claims/is-x-true-really.md"), file);
        String text = Files.readString(file);
        for (String field : new String[] {"title", "claim", "verdict", "checked", "updated", "claimant", "appearances",
                "authors", "tags", "summary", "sources", "related", "slug", "lang", "image", "corrections", "draft"}) {
            assertTrue(text.contains("\n" + field + ":"), "has " + field);
        }
        assertTrue(text.contains("checked: 2026-11-28"), "today in the site's time zone");

        CheckResult check = FactSite.check(archive.request().withClock(CLOCK));
        assertEquals(0, check.warnings().size(), check.warnings()::toString);
        archive.build(archive.request().withClock(CLOCK).withDrafts(true));
        assertEquals("Is \"X\" true: really?", archive.html("claims/is-x-true-really/index.html").selectFirst("h1").text());
        assertTrue(archive.html("claims/is-x-true-really/index.html").selectFirst(".status-draft") != null);
        archive.build(archive.request().withClock(CLOCK));
        assertTrue(Files.notExists(archive.site().resolve("claims/is-x-true-really")), "a draft is not published");
    }

    @Test
    void leavesTheVerdictUnchosenAndShowsTheDraftAsNotYetRated() throws Exception {
        TestArchive archive = TestArchive.of(dir, "");
        Path file = ClaimScaffold.write(dir.resolve("content"), "Is X true?", Optional.empty(), CLOCK, dir);
        String text = Files.readString(file);
        assertTrue(text.contains("\nverdict: TODO   # required; choose one of: true, mostly-true, mixed, mostly-false, "
                + "false, unsupported\n"), text);
        archive.build(archive.request().withClock(CLOCK).withDrafts(true));
        assertEquals("Not yet rated", archive.html("claims/is-x-true/index.html").selectFirst(".verdict-label").text());
    }

    /** The new desk's try: the scaffold's draft with `draft: true` deleted is refused, field by field. */
    @Test
    void theDraftIsNotPublishedWhenOnlyItsDraftLineIsDeleted() throws Exception {
        TestArchive archive = TestArchive.of(dir, "");
        Path file = ClaimScaffold.write(dir.resolve("content"), "Is X true?", Optional.empty(), CLOCK, dir);
        Files.writeString(file, Files.readString(file).replaceFirst("\ndraft: true[^\n]*", ""));
        List<String> errors = archive.buildWithErrors();
        String draftRule = ", or keep `draft: true` until it is finished";
        assertEquals(List.of(
                "content/claims/is-x-true.md:7: error: `claim` is not written yet: it still holds the placeholder "
                        + "\"TODO: the claim in one sentence, as it circulated\"; write it" + draftRule,
                "content/claims/is-x-true.md:8: error: no verdict is chosen yet (`verdict: TODO`); choose one of: "
                        + "true, mostly-true, mixed, mostly-false, false, unsupported" + draftRule,
                "content/claims/is-x-true.md:18: error: `sources[1].title` is not written yet: it still holds the "
                        + "placeholder \"TODO: the name of the source\"; write it" + draftRule,
                "content/claims/is-x-true.md:29: error: the article is not written yet: it still holds the "
                        + "placeholder \"TODO: write the analysis here, in Markdown. Cite sources...\"; "
                        + "write the article" + draftRule), errors);
        assertTrue(Files.notExists(archive.site()), "nothing is written");
        ContentErrorsException check = assertThrows(ContentErrorsException.class,
                () -> FactSite.check(archive.request().withClock(CLOCK)));
        assertEquals(errors, check.diagnostics().stream().map(d -> d.format(dir)).toList(), "site:check says the same");
    }

    /** A Vietnamese archive's new check explains itself in Vietnamese, and is refused the same way until written. */
    @Test
    void aVietnameseArchiveGetsItsNewCheckInVietnamese() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + "language: vi\n");
        Path file = ClaimScaffold.write(dir.resolve("content"), "Cầu mới có thu phí không?", Optional.empty(), CLOCK,
                dir);
        String text = Files.readString(file);
        assertTrue(text.contains("title: \"Cầu mới có thu phí không?\"   # câu hỏi bạn đọc đặt ra\n"), text);
        assertTrue(text.contains("\nverdict: TODO   # bắt buộc; chọn một trong: true, mostly-true, mixed, "), text);
        archive.build(archive.request().withClock(CLOCK).withDrafts(true));
        assertEquals("Chưa đánh giá", archive.html("claims/cau-moi-co-thu-phi-khong/index.html")
                .selectFirst(".verdict-label").text());
        Files.writeString(file, text.replaceFirst("\ndraft: true[^\n]*", ""));
        assertEquals(List.of(7, 8, 18, 29), archive.buildWithErrors().stream()
                .map(e -> Integer.parseInt(e.split(":")[1])).toList(), "the same four places as in English");
    }

    @Test
    void refusesToOverwrite() throws Exception {
        TestArchive.of(dir, "-- content/claims/is-x-true.md --\nmine\n");
        ContentErrorsException e = assertThrows(ContentErrorsException.class,
                () -> ClaimScaffold.write(dir.resolve("content"), "Is X true?", Optional.empty(), CLOCK, dir));
        assertTrue(e.report().contains("content/claims/is-x-true.md: error: a claim with this name exists already"),
                e.report());
        assertEquals("mine\n", Files.readString(dir.resolve("content/claims/is-x-true.md")));
    }

    @Test
    void needsASiteAndATitle() {
        ContentErrorsException e = assertThrows(ContentErrorsException.class,
                () -> ClaimScaffold.write(dir.resolve("content"), " ", Optional.empty(), CLOCK, dir));
        assertTrue(e.report().contains("needs a title"), e.report());
        assertTrue(e.report().contains("there is no site.yaml here"), e.report());
    }
}
