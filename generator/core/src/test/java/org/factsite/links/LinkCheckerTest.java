package org.factsite.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The link checker against a real HTTP server on the loopback address, never the internet: pages that answer,
 * redirect chains, gone and missing pages, a server that refuses HEAD, a timeout, a redirect loop; the rate
 * limit measured from the server's own log of when each request arrived.
 */
class LinkCheckerTest {

    private static final Duration INTERVAL = Duration.ofMillis(300);

    private HttpServer server;
    private String base;
    /** Arrival time of every request, as the server saw it. */
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        arrivals.add(System.currentTimeMillis());
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/ok" -> send(exchange, 200, null);
            case "/moved" -> send(exchange, 301, "/moved-again");
            case "/moved-again" -> send(exchange, 302, base + "/ok");
            case "/gone" -> send(exchange, 410, null);
            case "/loop-a" -> send(exchange, 301, "/loop-b");
            case "/loop-b" -> send(exchange, 301, "/loop-a");
            case "/get-only" -> send(exchange, exchange.getRequestMethod().equals("HEAD") ? 405 : 200, null);
            case "/slow" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, null);
            }
            default -> send(exchange, 404, null);
        }
    }

    private static void send(HttpExchange exchange, int status, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private LinkChecker checker(int maxRequests) {
        return new LinkChecker(Duration.ofSeconds(1), INTERVAL, 5, maxRequests, Clock.systemUTC(),
                PublicWeb.allowing(Set.of("127.0.0.1")));
    }

    @Test
    void everyKindOfAnswerIsReportedAsWhatItIs() throws Exception {
        Set<String> urls = new LinkedHashSet<>();
        for (String path : List.of("/ok", "/moved", "/gone", "/missing", "/loop-a", "/get-only", "/slow")) {
            urls.add(base + path);
        }
        Map<String, LinkCheck> found = checker(100).check(urls);
        assertEquals(200, found.get(base + "/ok").status());
        LinkCheck moved = found.get(base + "/moved");
        assertEquals(200, moved.status());
        assertEquals(base + "/ok", moved.finalUrl(), "followed to the end");
        assertEquals(2, moved.redirects().size());
        assertEquals(410, found.get(base + "/gone").status());
        assertEquals(404, found.get(base + "/missing").status());
        assertEquals("redirect loop", found.get(base + "/loop-a").problem());
        assertEquals(200, found.get(base + "/get-only").status(), "GET when HEAD is refused");
        assertTrue(found.get(base + "/slow").problem().startsWith("timed out"), found.get(base + "/slow").toString());
        assertEquals(0, found.get(base + "/slow").status());
    }

    @Test
    void oneHostIsAskedNoMoreOftenThanTheIntervalAllows() throws Exception {
        Set<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < 6; i++) {
            urls.add(base + "/page-" + i);
        }
        checker(100).check(urls);
        List<Long> times = new ArrayList<>(arrivals);
        assertEquals(6, times.size());
        Collections.sort(times);
        // Requests leave at least the interval apart; they arrive as far apart give or take how long each took on the
        // way (the first opens the connection: on a busy machine, tens of milliseconds more).
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) - times.get(i - 1) >= INTERVAL.toMillis() - 100,
                    "requests " + (i - 1) + " and " + i + " arrived " + (times.get(i) - times.get(i - 1)) + " ms apart");
        }
        long span = times.get(times.size() - 1) - times.get(0);
        assertTrue(span >= (times.size() - 1) * INTERVAL.toMillis() - 100, "six requests within " + span + " ms");
    }

    @Test
    void theRequestBudgetIsKept() throws Exception {
        Set<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < 5; i++) {
            urls.add(base + "/page-" + i);
        }
        Map<String, LinkCheck> found = checker(3).check(urls);
        assertEquals(3, arrivals.size());
        assertEquals(2, found.values().stream().filter(c -> c.problem().startsWith("not checked")).count());
    }
}
