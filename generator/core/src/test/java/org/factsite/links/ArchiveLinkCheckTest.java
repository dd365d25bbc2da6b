package org.factsite.links;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.factsite.site.FactSite;
import org.factsite.testing.TestArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link check of an archive whose sources live on a loopback server: the report, and a rerun from the cache. */
class ArchiveLinkCheckTest {

    @TempDir
    Path dir;

    @Test
    void theReportListsEachClaimsLinksAndARerunAsksOnlyWhatIsStale() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/gone") ? 410 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?",
                    "appearances: [" + base + "/post]\nsources:\n"
                            + "  - id: 1\n    title: One\n    url: " + base + "/one\n    archived: https://web.archive.org/web/2025/x\n"
                            + "  - id: 2\n    title: Gone\n    url: " + base + "/gone\n",
                    "Said [1], then [2]; see [a page](" + base + "/page).\n"));
            LinkOptions options = new LinkOptions(dir.resolve("links"), Duration.ofDays(7), Duration.ofMillis(50), 100,
                    Duration.ofSeconds(2), 5, java.util.Optional.empty(), Duration.ZERO, java.util.Set.of("127.0.0.1"));
            LinkSummary first = FactSite.links(archive.request(), options);
            assertEquals(4, first.links());
            assertEquals(3, first.ok());
            assertEquals(1, first.broken());
            assertEquals(4, first.askedNow());
            JsonNode report = new ObjectMapper().readTree(dir.resolve("links/report.json").toFile());
            JsonNode links = report.get("claims").get(0).get("links");
            assertEquals("content/claims/a.md", report.get("claims").get(0).get("file").asText());
            assertEquals(4, links.size());
            JsonNode gone = null;
            for (JsonNode link : links) {
                if (link.get("url").asText().endsWith("/gone")) {
                    gone = link;
                }
                if (link.get("url").asText().endsWith("/one")) {
                    assertTrue(link.get("archived").asBoolean());
                    assertEquals("source 1", link.get("as").asText());
                }
            }
            assertEquals(410, gone.get("status").asInt());
            assertTrue(gone.get("broken").asBoolean());
            assertEquals(1, Jsoup.parse(dir.resolve("links/report.html").toFile(), "UTF-8").select("tr.broken").size());

            int before = requests.get();
            LinkSummary again = FactSite.links(archive.request(), options);
            assertEquals(0, again.askedNow(), "fresh answers come from the cache");
            assertEquals(before, requests.get());
            assertEquals(1, again.broken());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sourcesWithoutACopyAreSavedInAWebArchiveAndTheCopiesListedForTheAuthor() throws Exception {
        java.util.List<Long> saves = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/save/")) { // as Save Page Now answers: a redirect to the new copy
                saves.add(System.currentTimeMillis());
                exchange.getResponseHeaders().add("Location", "/web/20261201000000/" + path.substring("/save/".length()));
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.sendResponseHeaders(path.equals("/gone") ? 404 : 200, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "sources:\n"
                    + "  - id: 1\n    title: Kept\n    url: " + base + "/kept\n    archived: https://web.archive.org/web/2025/x\n"
                    + "  - id: 2\n    title: Two\n    url: " + base + "/two\n"
                    + "  - id: 3\n    title: Three\n    url: " + base + "/three\n"
                    + "  - id: 4\n    title: Gone\n    url: " + base + "/gone\n", "[1] [2] [3] [4]\n"));
            LinkOptions options = new LinkOptions(dir.resolve("links"), Duration.ofDays(7), Duration.ofMillis(10), 100,
                    Duration.ofSeconds(2), 5, java.util.Optional.empty(), Duration.ZERO, java.util.Set.of("127.0.0.1"))
                    .archivingWith(java.net.URI.create(base + "/save/"), Duration.ofMillis(400));
            LinkSummary summary = FactSite.links(archive.request(), options);
            assertEquals(2, summary.archived(), "the two answering sources without a copy; not the kept one, not the gone one");
            assertEquals(2, saves.size());
            assertTrue(saves.get(1) - saves.get(0) >= 380, "save requests spaced by the interval");
            String copies = java.nio.file.Files.readString(dir.resolve("links/archived-copies.txt"));
            assertTrue(copies.contains("content/claims/a.md:\n  source 2: " + base + "/two\n    archived: " + base
                    + "/web/20261201000000/" + base + "/two\n  source 3: " + base + "/three\n"), copies);
            assertTrue(!copies.contains("/kept") && !copies.contains("/gone"), copies);
            assertTrue(!java.nio.file.Files.readString(archive.root().resolve("content/claims/a.md")).contains("/web/2026"),
                    "content files are never changed behind the author's back");
        } finally {
            server.stop(0);
        }
    }
}
