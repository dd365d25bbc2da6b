package org.factsite.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
