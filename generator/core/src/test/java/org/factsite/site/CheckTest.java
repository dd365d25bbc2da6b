package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check reports what a build would, and writes nothing. */
class CheckTest {

    @TempDir
    Path dir;

    @Test
    void aValidArchivePassesWithItsWarningsAndNothingIsWritten() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n"
                + claim("A?", "sources:\n  - id: 1\n    title: One\n", "No citation.\n"));
        CheckResult result = FactSite.check(archive.request());
        assertEquals(1, result.claims());
        assertEquals(1, result.warnings().size(), result.warnings()::toString);
        assertFalse(Files.exists(dir.resolve("target")), "a check writes nothing");
    }

    @Test
    void everyErrorIsReportedAndNothingIsWritten() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n"
                + claim("A?", "", "Cites [3].\n").replace("verdict: false", "verdict: maybe")
                + "-- content/claims/b.md --\n" + claim("B?", "colour: red\n", ""));
        ContentErrorsException e = assertThrows(ContentErrorsException.class, () -> FactSite.check(archive.request()));
        String report = e.report();
        assertTrue(report.contains("content/claims/a.md:4: error:"), report);
        assertTrue(report.contains("content/claims/a.md:7: error:"), report);
        assertTrue(report.contains("content/claims/b.md:6: error:"), report);
        assertFalse(Files.exists(dir.resolve("target")));
    }

    @Test
    void strictChecksFailOnWarnings() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n"
                + claim("A?", "sources:\n  - id: 1\n    title: One\n", "No citation.\n"));
        assertThrows(ContentErrorsException.class, () -> FactSite.check(archive.request().withStrict(true)));
    }
}
