package org.factsite.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.factsite.site.BuildRequest;

/** Archives kept in the repository for tests, and a fixed "today". */
public final class Fixtures {

    /** The golden-file archive: bilingual, with a claim folder, a correction, a plain page and static files. */
    public static final Path GOLDEN = Path.of("src/test/resources/golden/content");
    /** The repository's sample archive and the working copy of the default theme. */
    public static final Path SAMPLE = Path.of("../../content");
    public static final Path THEME = Path.of("../../themes/default");
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    public static BuildRequest build(Path content, Path output, String baseUrl) {
        return BuildRequest.of(content, output).withThemeDirectory(THEME).withBaseUrl(baseUrl).withClock(TODAY);
    }
}
