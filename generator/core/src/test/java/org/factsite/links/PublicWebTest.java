package org.factsite.links;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.factsite.site.FactSite;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The link checker stays on the public web: servers on the loopback address count every request that reaches
 * them, and a refused address must see none, asked directly, by name, or through a redirect; the archive's save
 * requests obey the same rule. Only a host the desk allows by name is asked.
 */
class PublicWebTest {

    @TempDir
    Path dir;

    /** Stands for a service on the runner's own network: it must never be asked. */
    private HttpServer inside;
    private final AtomicInteger insideRequests = new AtomicInteger();
    /** An allowed host (by the name "localhost") that redirects wherever a link tells it to. */
    private HttpServer redirector;
    private final AtomicInteger redirectorRequests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        inside = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        inside.createContext("/", exchange -> {
            insideRequests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        inside.start();
        redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.createContext("/", exchange -> {
            redirectorRequests.incrementAndGet();
            String to = exchange.getRequestURI().getRawQuery();
            if (to == null) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.getResponseHeaders().add("Location", java.net.URLDecoder.decode(to.substring(3),
                        java.nio.charset.StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(302, -1);
            }
            exchange.close();
        });
        redirector.start();
    }

    @AfterEach
    void stop() {
        inside.stop(0);
        redirector.stop(0);
    }

    private String insideUrl(String host) {
        return "http://" + host + ":" + inside.getAddress().getPort() + "/admin";
    }

    private String redirecting(String to) {
        return "http://localhost:" + redirector.getAddress().getPort() + "/hop?to="
                + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static LinkChecker checker(Set<String> allowed) {
        return new LinkChecker(Duration.ofSeconds(2), Duration.ZERO, 5, 100, Clock.systemUTC(), PublicWeb.allowing(allowed));
    }

    @Test
    void noRequestReachesALoopbackAddressAskedDirectlyOrByName() throws Exception {
        Map<String, LinkCheck> found = checker(Set.of()).check(Set.of(insideUrl("127.0.0.1"), insideUrl("localhost"),
                insideUrl("[::1]")));
        assertEquals(0, insideRequests.get());
        for (LinkCheck check : found.values()) {
            assertTrue(check.problem().startsWith("not checked: private address ("), check.problem());
            assertTrue(check.notChecked());
            assertFalse(LinkReport.broken(check), "not broken: not asked");
        }
    }

    @Test
    void noRequestReachesARefusedAddressThroughARedirect() throws Exception {
        String toInside = redirecting(insideUrl("127.0.0.1"));
        String toMetadata = redirecting("http://169.254.169.254/latest/meta-data/");
        String toFile = redirecting("file:///etc/passwd");
        Map<String, LinkCheck> found = checker(Set.of("localhost")).check(Set.of(toInside, toMetadata, toFile));
        assertEquals(3, redirectorRequests.get(), "the allowed host is asked");
        assertEquals(0, insideRequests.get(), "the address it redirects to is not");
        assertEquals("not checked: private address (127.0.0.1)", found.get(toInside).problem());
        assertEquals(insideUrl("127.0.0.1"), found.get(toInside).finalUrl(), "the report names where it led");
        assertEquals("not checked: private address (169.254.169.254)", found.get(toMetadata).problem());
        assertEquals("not checked: not an http or https address", found.get(toFile).problem());
    }

    @Test
    void aHostTheDeskAllowsIsAskedWhateverItResolvesTo() throws Exception {
        Map<String, LinkCheck> found = checker(Set.of("127.0.0.1")).check(Set.of(insideUrl("127.0.0.1")));
        assertEquals(200, found.get(insideUrl("127.0.0.1")).status());
        assertEquals(1, insideRequests.get());
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() throws Exception {
        PublicWeb web = new PublicWeb(Set.of(), host -> new InetAddress[] {
            InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")});
        assertEquals(Optional.of("not checked: private address (10.0.0.7)"), web.refusal("https://news.example/a"));
        PublicWeb allPublic = new PublicWeb(Set.of(), host -> new InetAddress[] {InetAddress.getByName("93.184.215.14")});
        assertEquals(Optional.empty(), allPublic.refusal("https://news.example/a"));
        assertEquals(Optional.of("not checked: not an http or https address"), allPublic.refusal("ftp://news.example/a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
        "255.255.255.255", "240.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1",
        "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::10.0.0.1", "64:ff9b::a9fe:a9fe"})
    void addressesOffThePublicWeb(String address) throws Exception {
        assertFalse(PublicWeb.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1",
        "2606:4700:4700::1111", "64:ff9b::808:808"})
    void addressesOnIt(String address) throws Exception {
        assertTrue(PublicWeb.isPublic(InetAddress.getByName(address)), address);
    }

    @Test
    void theArchivesSaveRequestsObeyTheSameRule() throws Exception {
        String source = "http://localhost:" + redirector.getAddress().getPort() + "/page";
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?",
                "sources:\n  - id: 1\n    title: One\n    url: " + source + "\n", "Said [1].\n"));
        String saveEndpoint = "http://127.0.0.1:" + inside.getAddress().getPort() + "/save/";
        LinkOptions options = LinkOptions.of(dir.resolve("links"), 7, 100).allowingHosts(List.of("localhost"))
                .archivingWith(java.net.URI.create(saveEndpoint), Duration.ZERO);
        LinkSummary summary = FactSite.links(archive.request(), options);
        assertEquals(1, summary.ok(), "the source on the allowed host answers");
        assertEquals(0, summary.archived());
        assertEquals(0, insideRequests.get(), "no save request reached the archive's private address");
        assertTrue(Files.readString(dir.resolve("links/archived-copies.txt")).contains(
                "# No copy asked for, the archive's address " + saveEndpoint + ": private address (127.0.0.1)."));
    }

    @Test
    void theReportCountsARefusedLinkAsNotCheckedAndSaysWhy() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?",
                "sources:\n  - id: 1\n    title: Inside\n    url: " + insideUrl("127.0.0.1") + "\n", "Said [1].\n"));
        LinkSummary summary = FactSite.links(archive.request(), LinkOptions.of(dir.resolve("links"), 7, 100));
        assertEquals(0, summary.broken());
        assertEquals(1, summary.unchecked());
        assertEquals(1, summary.offPublicWeb());
        assertTrue(summary.line().contains("1 not checked yet (0 asked now; 1 off the public web, never asked)"),
                summary.line());
        assertEquals(0, summary.askedNow());
        assertEquals(0, insideRequests.get());
        JsonNode link = new ObjectMapper().readTree(dir.resolve("links/report.json").toFile())
                .get("claims").get(0).get("links").get(0);
        assertEquals("not checked: private address (127.0.0.1)", link.get("problem").asText());
        assertFalse(link.get("broken").asBoolean());
    }
}
