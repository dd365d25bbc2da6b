package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the content is read, nothing outside the output is touched, warnings can fail CI. */
class SafetyTest {

    @TempDir
    Path dir;

    private List<String> refusal(BuildRequest request) {
        try {
            FactSite.build(request);
        } catch (ContentErrorsException e) {
            return e.errors().stream().map(d -> d.message()).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void linkToAFileOutsideTheContentIsAnError() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "private key");
        TestArchive archive = TestArchive.of(dir.resolve("a"), "");
        Files.createDirectories(archive.root().resolve("content/static"));
        Files.createSymbolicLink(archive.root().resolve("content/static/leak.txt"), secret);
        Files.createSymbolicLink(archive.root().resolve("content/claims-link.md"), secret); // not under claims/: ignored
        List<String> errors = archive.buildWithErrors();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/static/leak.txt: error: this is a link to " + secret.toRealPath()
                + ", outside the content folder"), errors.get(0));
        assertFalse(Files.exists(archive.site()));
    }

    @Test
    void linkInsideTheContentIsFine() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/shared/logo.txt --\nLOGO\n");
        Files.createDirectories(dir.resolve("content/static"));
        Files.createSymbolicLink(dir.resolve("content/static/logo.txt"), dir.resolve("content/shared/logo.txt"));
        assertEquals("LOGO\n", archive.build().file("logo.txt"));
    }

    @Test
    void outputFoldersThatWouldDestroyTheArchiveAreRefused() {
        TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "", "x\n") + "-- theme/i18n/en.properties --\n");
        Path content = dir.resolve("content");
        String own = "; choose an output folder of its own, such as target/site";
        assertEquals(List.of("the output folder is the content folder, and would be replaced by the site" + own),
                refusal(BuildRequest.of(content, content)));
        assertEquals(List.of("the output folder contains the content folder, and would be replaced by the site" + own),
                refusal(BuildRequest.of(content, dir)));
        assertEquals(List.of("the output folder is inside the content folder" + own),
                refusal(BuildRequest.of(content, content.resolve("site"))));
        assertEquals(List.of("the output folder contains the theme folder, and would replace it" + own),
                refusal(BuildRequest.of(content, dir.resolve("out")).withThemeDirectory(dir.resolve("out/theme"))));
        assertTrue(Files.exists(content.resolve("claims/a.md")), "nothing was deleted");
    }

    @Test
    void onlyTheOutputAndStagingFoldersAreTouched() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "", "x\n")).build();
        Files.writeString(dir.resolve("target/keep.txt"), "mine");
        archive.build();
        try (var siblings = Files.list(dir.resolve("target"))) {
            assertEquals(List.of("keep.txt", "site", "site.staging"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void strictModeFailsOnWarnings() {
        String sources = "sources:\n  - id: 1\n    title: One\n";
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", sources, "No citation.\n"));
        archive.build();
        assertEquals(1, archive.warnings().size());
        try {
            FactSite.build(archive.request().withStrict(true));
        } catch (ContentErrorsException e) {
            assertEquals(List.of("content/claims/a.md:7: error: source 1 is never cited; cite it in the text as [1] or "
                    + "remove it [a warning, failing the build in strict mode]"),
                    e.diagnostics().stream().map(d -> d.format(dir)).toList());
            return;
        }
        throw new AssertionError("strict mode must fail on a warning");
    }

    @Test
    void rawHtmlOnlyWhenTheSiteAllowsIt() {
        String spec = "-- content/claims/a.md --\n" + claim("A?", "", "Text <kbd>Ctrl</kbd> here.\n");
        TestArchive archive = TestArchive.of(dir, spec).build();
        assertTrue(archive.html("claims/a/index.html").select("kbd").isEmpty());
        assertEquals(1, archive.warnings().size());
        archive.write("content/site.yaml", TestArchive.SITE_YAML + "rawHtml: true\n").build();
        assertEquals("Ctrl", archive.html("claims/a/index.html").selectFirst("kbd").text());
        assertEquals(List.of(), archive.warnings());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsWork() {
        TestArchive archive = TestArchive.of(dir, "");
        String file = "\uFEFF" + claim("Windows?", "sources:\n  - id: 1\n    title: One\n", "Cited [1].\n")
                .replace("\n", "\r\n");
        archive.writeBytes("content/claims/w.md", file.getBytes(StandardCharsets.UTF_8)).build();
        assertEquals("Windows?", archive.html("claims/w/index.html").selectFirst("h1").text());
        assertEquals(List.of(), archive.warnings());
    }

    @Test
    void fileSizeLimitIsConfigurable() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "", "x".repeat(500)));
        try {
            FactSite.build(archive.request().withMaxFileBytes(300));
        } catch (ContentErrorsException e) {
            assertTrue(e.report().contains("over the limit of 300 bytes"), e.report());
            return;
        }
        throw new AssertionError("expected the size limit to apply");
    }
}
