package org.factsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendered pages, feeds and sitemap of a small bilingual archive, compared byte for byte with the files in
 * {@code src/test/resources/golden/expected}. After an intended change to the theme or the renderer, run
 * {@code mvn test -Dtest=GoldenFilesTest -Dfactsite.golden.update=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path EXPECTED = GOLDEN.resolve("expected");

    @Test
    void renderedPagesMatchTheGoldenFiles(@TempDir Path out) throws Exception {
        Path site = out.resolve("site");
        FactSite.build(BuildRequest.of(GOLDEN.resolve("content"), site)
                .withThemeDirectory(Path.of("../../themes/default"))
                .withClock(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC)));
        List<String> pages = htmlFiles(site);
        if (Boolean.getBoolean("factsite.golden.update")) {
            for (String page : pages) {
                Path target = EXPECTED.resolve(page);
                Files.createDirectories(target.getParent());
                Files.copy(site.resolve(page), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertEquals(htmlFiles(EXPECTED), pages, "the same pages are written");
        for (String page : pages) {
            assertEquals(Files.readString(EXPECTED.resolve(page), StandardCharsets.UTF_8),
                    Files.readString(site.resolve(page), StandardCharsets.UTF_8), page);
        }
    }

    /** Pages and the text files beside them (feeds, sitemap, robots.txt); not assets or images. */
    private static List<String> htmlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().matches(".*\\.(html|xml|json|txt)$"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
