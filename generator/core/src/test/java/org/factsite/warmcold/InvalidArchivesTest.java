package org.factsite.warmcold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;
import org.factsite.site.PreviewBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid archives kept on disk, one folder per mistake ({@code archives/invalid/<case>/content}) with the
 * problems a build must report in {@code expected.txt}, as Zola keeps its invalid test sites. Each is built
 * three ways (clean, on from a record, in the preview): all report exactly those problems and write no site.
 */
class InvalidArchivesTest {

    private static final Path INVALID = Path.of("src/test/resources/archives/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(INVALID)) {
            return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyWayOfBuildingReportsTheSameProblems(String name, @TempDir Path dir) throws Exception {
        Path root = dir.resolve(name);
        WarmColdHarness.copyTree(INVALID.resolve(name), root);
        List<String> expected = Files.readAllLines(root.resolve("expected.txt"), StandardCharsets.UTF_8);
        BuildRequest request = BuildRequest.of(root.resolve("content"), root.resolve("site")).withReportRoot(root);
        assertEquals(expected, problems(root, () -> FactSite.buildClean(request)), "a clean build");
        assertEquals(expected, problems(root, () -> FactSite.build(request)), "a build that keeps a record");
        assertEquals(expected, problems(root, () -> FactSite.build(request)), "the same build again");
        PreviewBuilder preview = new PreviewBuilder(request.withOutputDirectory(root.resolve("preview")));
        assertEquals(expected, problems(root, preview::rebuild), "the preview");
        assertFalse(Files.exists(root.resolve("site")), "no site is written");
        assertFalse(Files.exists(root.resolve("preview/index.html")), "no preview page is written");
    }

    private interface Build {
        Object run() throws ContentErrorsException;
    }

    private static List<String> problems(Path root, Build build) {
        try {
            build.run();
        } catch (ContentErrorsException e) {
            return e.diagnostics().stream().map(d -> d.format(root)).toList();
        }
        return fail("the build should fail");
    }
}
