package org.factsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactSiteCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FactSiteCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Path archive(Path dir, String claimFrontMatter) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("claims"));
        Files.writeString(content.resolve("site.yaml"), "title: CLI Desk\nbaseUrl: https://cli.example/\n");
        Files.writeString(content.resolve("claims/a.md"), "---\n" + claimFrontMatter + "---\nBody.\n");
        return content;
    }

    @Test
    void linksReportsBrokenLinksAndFailsOnlyWhenAsked(@TempDir Path dir) throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String gone = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone";
            Path content = archive(dir, "title: Is it?\nclaim: x\nverdict: false\nchecked: 2025-10-09\n"
                    + "appearances: [" + gone + "]\n");
            Path report = dir.resolve("links");
            // A loopback address is off the public web: not asked unless the desk allows the host.
            assertEquals(0, run("links", "--content", content.toString(), "--report", report.toString(), "--fail"));
            assertTrue(out.toString().startsWith("1 links: 0 answer, 0 broken, 1 not checked yet (0 asked now; 1 off the "
                    + "public web, never asked)"), out.toString());
            out.getBuffer().setLength(0);
            assertEquals(0, run("links", "--content", content.toString(), "--report", report.toString(),
                    "--allow-host", "127.0.0.1"));
            assertTrue(out.toString().startsWith("1 links: 0 answer, 1 broken"), out.toString());
            assertTrue(Files.isRegularFile(report.resolve("report.html")));
            assertEquals(LinksCommand.BROKEN_LINKS, run("links", "--content", content.toString(), "--report",
                    report.toString(), "--fail", "--allow-host", "127.0.0.1"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void deployExplainsAWrongAddressAndASiteNotYetBuilt(@TempDir Path dir) {
        assertEquals(FactSiteCli.CONTENT_ERRORS, run("deploy", "--url", "https://bucket.example/", "--output",
                dir.resolve("site").toString()));
        assertEquals("deploy: the deploy address `https://bucket.example/` must start with s3://, e.g. "
                + "s3://your-bucket/site", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(FactSiteCli.CONTENT_ERRORS, run("deploy", "--url", "s3://checks", "--region", "eu-west-1",
                "--output", dir.resolve("site").toString(), "--changes", dir.resolve("changes.txt").toString()));
        assertTrue(err.toString().startsWith("deploy: there is no built site at "), err.toString());
    }

    @Test
    void buildsAndReportsWhatItWrote(@TempDir Path dir) throws Exception {
        Path content = archive(dir, "title: Is it?\nclaim: x\nverdict: false\nchecked: 2025-10-09\n");
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--content", content.toString(), "--output", site.toString(),
                "--base-url", "https://other.example/sub/"));
        assertTrue(out.toString().startsWith("Built 1 claims: "), out.toString());
        assertTrue(Files.readString(site.resolve("claims/a/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://other.example/sub/claims/a/\">"));
    }

    @Test
    void aSecondBuildWithNothingChangedIsUpToDate(@TempDir Path dir) throws Exception {
        Path content = archive(dir, "title: Is it?\nclaim: x\nverdict: false\nchecked: 2025-10-09\n");
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "-c", content.toString(), "-o", site.toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("build", "-c", content.toString(), "-o", site.toString()));
        assertTrue(out.toString().startsWith("Up to date: nothing changed since the last build of 1 claims"),
                out.toString());
    }

    @Test
    void contentErrorsExitWithOneAndTheList(@TempDir Path dir) throws Exception {
        Path content = archive(dir, "title: Is it?\nclaim: x\nverdict: nope\nchecked: 2025-10-09\n");
        assertEquals(FactSiteCli.CONTENT_ERRORS, run("build", "-c", content.toString(), "-o", dir.resolve("s").toString()));
        assertTrue(err.toString().contains("FactSite found 1 error in 1 file; nothing was written"), err.toString());
        assertTrue(err.toString().contains("claims/a.md:4: error: unknown verdict `nope`"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace for a content mistake");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(FactSiteCli.USAGE_ERROR, run("build", "--no-such-option"));
        assertEquals(FactSiteCli.USAGE_ERROR, run("frobnicate"));
        assertEquals(FactSiteCli.USAGE_ERROR, run());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build"));
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("FactSite"));
    }

    @Test
    void checkPrintsTheProblemsAndWritesNothing(@TempDir Path dir) throws Exception {
        Path content = archive(dir, "title: Is it?\nclaim: x\nverdict: false\nchecked: 2025-10-09\n");
        assertEquals(0, run("check", "-c", content.toString()));
        assertTrue(out.toString().startsWith("Checked 1 claims and 0 pages: no errors, 0 warnings"), out.toString());
        Files.writeString(content.resolve("claims/b.md"), "---\ntitle: B?\nclaim: x\nverdict: nope\nchecked: 2025-10-09\n---\n");
        assertEquals(FactSiteCli.CONTENT_ERRORS, run("check", "-c", content.toString()));
        assertTrue(err.toString().contains("claims/b.md:4: error: unknown verdict `nope`"), err.toString());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the content folder: a check writes nothing");
        }
    }

    @Test
    void newWritesADraftThatChecksAndNeverOverwrites(@TempDir Path dir) throws Exception {
        Path content = archive(dir, "title: Is it?\nclaim: x\nverdict: false\nchecked: 2025-10-09\n");
        assertEquals(0, run("new", "-c", content.toString(), "Did the toll really double?"));
        Path file = content.resolve("claims/did-the-toll-really-double.md");
        assertTrue(Files.readString(file).contains("draft: true"));
        assertEquals(0, run("check", "-c", content.toString()), err.toString());
        Files.writeString(file, "mine");
        assertEquals(FactSiteCli.CONTENT_ERRORS, run("new", "-c", content.toString(), "Did the toll really double?"));
        assertTrue(err.toString().contains("exists already"), err.toString());
        assertEquals("mine", Files.readString(file));
    }
}
