package org.factsite.preview;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factsite.site.BuildRequest;
import org.factsite.testing.TestArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server on a free port, driven as an author and a browser would: edit, see, break, fix. */
class LivePreviewTest {

    @TempDir
    Path dir;

    private static final String A = claim("A?", "tags: [t]\n", "First text.\n");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private TestArchive archive;
    private LivePreview preview;
    private URI site;

    @BeforeEach
    void start() throws IOException {
        archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + A
                + "-- content/claims/later.md --\n" + claim("Later?", "draft: true\n", "Soon.\n")
                + "-- secret.txt --\nnot for the web\n");
        BuildRequest request = archive.request().withOutputDirectory(dir.resolve("target/preview"));
        PrintStream out = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        preview = new LivePreview(request, "127.0.0.1", 0, out, out);
        site = preview.start();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(site.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    /** The next event but the pages made ahead of a build ("pages"): the end of a build, or its problems. */
    private static EventStream.Event nextReload(EventStream events) throws Exception {
        EventStream.Event event = events.next(10);
        return event.name().equals("pages") ? events.next(10) : event;
    }

    private JsonNode state() throws Exception {
        return new ObjectMapper().readTree(get("__factsite/state.json").body());
    }

    @Test
    void editBreakAndFixAClaimWhileThePageIsOpen() throws Exception {
        assertEquals("127.0.0.1", site.getHost(), "loopback only");
        assertEquals("/archive/", site.getPath(), "under the base path of site.yaml's baseUrl");
        Document first = page("claims/a/");
        assertTrue(first.text().contains("First text."));
        assertEquals("/archive/__factsite/live.js", first.selectFirst("body > script:last-of-type").attr("src"),
                "the reload script is injected");
        assertTrue(page("claims/later/").selectFirst(".status-draft") != null, "drafts are shown, marked");

        try (EventStream events = new EventStream(http, site.resolve("__factsite/events"))) {
            EventStream.Event hello = events.next(5);
            assertEquals("state", hello.name());
            assertEquals(0, new ObjectMapper().readTree(hello.data()).get("errors").size());

            archive.write("content/claims/a.md", A.replace("First", "Second"));
            EventStream.Event ahead = events.next(10);
            assertEquals("pages", ahead.name(), "the edited claim's page is made ahead of the rest");
            assertTrue(new ObjectMapper().readTree(ahead.data()).get("pages").toString()
                    .contains("\"/archive/claims/a/\""), ahead::data);
            assertTrue(page("claims/a/").text().contains("Second text."));
            EventStream.Event done = events.next(10);
            assertEquals("reload", done.name());
            assertTrue(new ObjectMapper().readTree(done.data()).get("current").toString()
                    .contains("\"/archive/claims/a/\""), "a browser showing it need not reload: " + done.data());

            archive.write("content/claims/a.md", A.replace("verdict: false", "verdict: maybe"));
            EventStream.Event problems = events.next(10);
            assertEquals("state", problems.name());
            JsonNode errors = new ObjectMapper().readTree(problems.data()).get("errors");
            assertEquals(1, errors.size(), errors::toString);
            assertTrue(errors.get(0).asText().startsWith("content/claims/a.md:4: error: "), errors::toString);
            assertEquals(errors, state().get("errors"), "the overlay's data is the same list");
            assertTrue(terminal.toString(StandardCharsets.UTF_8).contains(errors.get(0).asText()),
                    "the terminal shows the same line");
            assertTrue(page("claims/a/").text().contains("Second text."), "the last good site stays served");

            archive.write("content/claims/a.md", A.replace("First", "Third"));
            assertEquals("reload", nextReload(events).name());
            assertEquals(0, state().get("errors").size(), "fixed: no problems");
            assertTrue(page("claims/a/").text().contains("Third text."));
        }
    }

    /** The new desk's try: content/ removed and made again (a checkout, a restore) must not leave a dead preview. */
    @Test
    void survivesItsContentFolderBeingRemovedAndMadeAgain() throws Exception {
        Path content = dir.resolve("content");
        try (EventStream events = new EventStream(http, site.resolve("__factsite/events"))) {
            assertEquals("state", events.next(5).name());
            org.factsite.testing.Folders.delete(content);
            EventStream.Event gone = events.next(10);
            assertEquals("state", gone.name());
            assertTrue(gone.data().contains("there is no content folder"), gone.data());

            TestArchive.of(dir, "-- content/claims/b.md --\n" + claim("B?", "", "Made again.\n"));
            EventStream.Event back;
            try {
                back = events.next(10);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; the preview said:\n" + terminal.toString(StandardCharsets.UTF_8));
            }
            if (back.name().equals("pages")) {
                back = events.next(10);
            }
            assertEquals("reload", back.name(), back.data());
            assertTrue(page("claims/b/").text().contains("Made again."));

            archive.write("content/claims/b.md", claim("B?", "", "Edited after.\n"));
            assertEquals("reload", nextReload(events).name(), "the new folder is watched");
            assertTrue(page("claims/b/").text().contains("Edited after."));
        }
    }

    /** The status line of a request sent as raw bytes, so that no client library tidies the path first. */
    private String rawStatus(String path) throws IOException {
        return rawStatus(path, "localhost");
    }

    private String rawStatus(String path, String host) throws IOException {
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }

    @Test
    void neverServesAFileOutsideTheSite() throws Exception {
        assertTrue(rawStatus("/archive/claims/a/").contains(" 200 "));
        for (String path : new String[] {"/archive/../secret.txt", "/archive/../../secret.txt",
                "/archive/claims/../../../secret.txt", "/archive/%2e%2e/%2e%2e/secret.txt",
                "/archive/%2E%2E%2F%2E%2E%2Fsecret.txt", "/archive/..%2f..%2fsecret.txt",
                "/archive/claims/..%5c..%5c..%5csecret.txt", "/archive/./claims/a/",
                "/archive/%c0%ae%c0%ae/secret.txt", "/archive/%252e%252e/secret.txt", "/../../secret.txt"}) {
            String status = rawStatus(path);
            assertTrue(status.contains(" 404 "), path + " -> " + status);
        }
        assertTrue(rawStatus("/archive/claims/a/", "attacker.example").contains(" 403 "),
                "a page on another site cannot reach the preview through a name it points at 127.0.0.1");
        assertTrue(rawStatus("/archive/claims/a/", "127.0.0.1:" + site.getPort()).contains(" 200 "));
        String nul = rawStatus("/archive/%00/secret.txt");
        assertTrue(nul.contains(" 400 ") || nul.contains(" 404 "), "a NUL byte is refused: " + nul);
    }

    @Test
    void servesLikeGitHubPages() throws Exception {
        HttpResponse<String> missing = get("no/such/page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<title>"), "the site's own 404 page");
        assertEquals(302, http.send(HttpRequest.newBuilder(site.resolve("/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the server root leads to the base path");
        HttpResponse<String> slash = get("claims/a");
        assertEquals(301, slash.statusCode());
        assertEquals("/archive/claims/a/", slash.headers().firstValue("Location").orElseThrow());
        assertEquals("text/html; charset=utf-8", get("").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/css; charset=utf-8", get("assets/style.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/xml; charset=utf-8", get("feed.xml").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/json; charset=utf-8", get("feed.json").headers().firstValue("Content-Type").orElseThrow());
        assertFalse(get("feed.xml").body().contains("live.js"), "only HTML pages get the script");
        assertEquals(405, http.send(HttpRequest.newBuilder(site).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void aFirstBuildWithErrorsStillServesAPageThatShowsThemAndReloads(@TempDir Path other) throws Exception {
        TestArchive broken = TestArchive.of(other, "-- content/claims/a.md --\n" + A.replace("verdict: false", "verdict: ?"));
        PrintStream out = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        try (LivePreview second = new LivePreview(broken.request().withOutputDirectory(other.resolve("target/preview")),
                "127.0.0.1", 0, out, out)) {
            URI root = second.start();
            assertEquals("/", root.getPath(), "no site.yaml base path known yet");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(root).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("/__factsite/live.js"), "the page carries the script that shows the problems");
            JsonNode state = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(root.resolve("__factsite/state.json"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertTrue(state.get("errors").get(0).asText().startsWith("content/claims/a.md:4: error:"), state::toString);
            try (EventStream events = new EventStream(http, root.resolve("__factsite/events"))) {
                assertEquals("state", events.next(5).name());
                broken.write("content/claims/a.md", A);
                EventStream.Event ahead = events.next(10);
                assertEquals("pages", ahead.name());
                assertTrue(ahead.data().contains("\"/archive/claims/a/\""), "at the new base path: " + ahead.data());
                assertEquals("reload", events.next(10).name());
            }
            assertEquals(302, http.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode(), "the site now lives under its base path");
        }
    }
}
