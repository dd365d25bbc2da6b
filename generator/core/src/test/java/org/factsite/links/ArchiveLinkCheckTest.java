package org.factsite.links;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
                    Duration.ofSeconds(2), 5);
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
}
