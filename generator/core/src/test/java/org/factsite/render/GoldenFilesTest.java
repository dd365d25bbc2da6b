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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendered pages, feeds and sitemap of two small archives compared byte for byte with the files in
 * {@code src/test/resources/<fixture>/expected}: {@code golden}, one language with claims in English and
 * Vietnamese, and {@code golden-languages}, a site in two languages (a claim and its translation, an
 * untranslated claim, a translated page). After an intended change to the theme or the renderer, run
 * {@code mvn test -Dtest=GoldenFilesTest -Dfactsite.golden.update=true} and review the diff.
 */
class GoldenFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"golden", "golden-languages"})
    void renderedPagesMatchTheGoldenFiles(String fixture, @TempDir Path out) throws Exception {
        Path golden = Path.of("src/test/resources", fixture);
        Path expected = golden.resolve("expected");
        Path site = out.resolve("site");
        FactSite.build(BuildRequest.of(golden.resolve("content"), site)
                .withThemeDirectory(Path.of("../../themes/default"))
                .withClock(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC)));
        List<String> pages = htmlFiles(site);
        if (Boolean.getBoolean("factsite.golden.update")) {
            for (String page : pages) {
                Path target = expected.resolve(page);
                Files.createDirectories(target.getParent());
                Files.copy(site.resolve(page), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertEquals(htmlFiles(expected), pages, "the same pages are written");
        for (String page : pages) {
            assertEquals(Files.readString(expected.resolve(page), StandardCharsets.UTF_8),
                    Files.readString(site.resolve(page), StandardCharsets.UTF_8), page);
        }
    }

    /** Pages and the text files beside them (feeds, sitemap, robots.txt); not assets or images. */
    private static List<String> htmlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().matches(".*\\.(html|xml|json|txt|csv)$"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
