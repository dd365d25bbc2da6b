package org.factsite.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.FactSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A whole archive in one text block, after Hugo's integration tests: sections headed {@code -- path --} are
 * written below a temporary folder; a default {@code content/site.yaml} is added unless one is given. Tests
 * then build it through the core and read the output or the diagnostics.
 */
public final class TestArchive {

    public static final String SITE_YAML = """
            title: Test Desk
            baseUrl: https://desk.example/archive/
            """;
    private static final Pattern SECTION = Pattern.compile("(?m)^-- (.+?) --\\n");

    private final Path root;
    private BuildResult result;

    private TestArchive(Path root) {
        this.root = root;
    }

    public static TestArchive of(Path folder, String spec) {
        TestArchive archive = new TestArchive(folder);
        Matcher m = SECTION.matcher(spec);
        int start = -1;
        String name = null;
        while (m.find()) {
            if (name != null) {
                archive.write(name, spec.substring(start, m.start()));
            }
            name = m.group(1);
            start = m.end();
        }
        if (name != null) {
            archive.write(name, spec.substring(start));
        }
        if (!Files.exists(folder.resolve("content/site.yaml"))) {
            archive.write("content/site.yaml", SITE_YAML);
        }
        return archive;
    }

    public TestArchive write(String path, String text) {
        return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestArchive writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestArchive delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path site() {
        return root.resolve("target/site");
    }

    public BuildRequest request() {
        return BuildRequest.of(root.resolve("content"), site()).withReportRoot(root);
    }

    /** Builds and expects success; fails the test with the report otherwise. */
    public TestArchive build() {
        return build(request());
    }

    public TestArchive build(BuildRequest request) {
        try {
            result = FactSite.build(request);
        } catch (ContentErrorsException e) {
            fail("expected a clean build, got:\n" + e.report());
        }
        return this;
    }

    /** Builds, expects content errors, and returns every diagnostic formatted as users see it. */
    public List<String> buildWithErrors() {
        try {
            FactSite.build(request());
        } catch (ContentErrorsException e) {
            return e.diagnostics().stream().map(d -> d.format(root)).toList();
        }
        return fail("expected the build to fail");
    }

    public BuildResult result() {
        return result;
    }

    public List<String> warnings() {
        return result.warnings().stream().map((Diagnostic d) -> d.format(root)).toList();
    }

    public String file(String sitePath) {
        Path file = site().resolve(sitePath);
        assertTrue(Files.isRegularFile(file), "no file " + sitePath + " in the site");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document html(String sitePath) {
        return Jsoup.parse(file(sitePath), "https://desk.example/");
    }

    /** A minimal valid claim file, with {@code extraFrontMatter} lines added to its front matter. */
    public static String claim(String title, String extraFrontMatter, String body) {
        return "---\n"
                + "title: " + title + "\n"
                + "claim: Something was said.\n"
                + "verdict: false\n"
                + "checked: 2025-10-09\n"
                + extraFrontMatter
                + "---\n"
                + body;
    }
}
