package org.factsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factsite.diagnostic.ContentErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own sample archive builds cleanly: no errors, no warnings, a page per claim. */
class SampleArchiveTest {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void sampleArchiveBuildsWithoutWarnings(@TempDir Path out) throws Exception {
        BuildResult result;
        try {
            // On a fixed day: the sample lists its funding up to 2026, and a new year without an entry is a warning.
            result = FactSite.build(BuildRequest.of(REPOSITORY.resolve("content"), out.resolve("site"))
                    .withThemeDirectory(REPOSITORY.resolve("themes/default"))
                    .withClock(java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"),
                            java.time.ZoneOffset.UTC)));
        } catch (ContentErrorsException e) {
            throw new AssertionError(e.report());
        }
        assertEquals(List.of(), result.warnings().stream().map(d -> d.format(REPOSITORY)).toList());
        try (var claims = Files.walk(REPOSITORY.resolve("content/claims"))) {
            long files = claims.filter(p -> p.toString().endsWith(".md")).count();
            assertTrue(files >= 6, "at least six sample claims");
            assertEquals(files, result.claims());
            long pages = 0;
            for (String edition : List.of("site/claims", "site/vi/claims")) {
                try (var folders = Files.list(out.resolve(edition))) {
                    pages += folders.filter(p -> Files.isRegularFile(p.resolve("index.html"))).count();
                }
            }
            assertEquals(files, pages, "a page per claim file, in English or Vietnamese");
        }
    }
}
