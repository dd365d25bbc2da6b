package org.factsite.links;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Asks web servers whether the archive's links still answer: HEAD first (cheap), GET when a server refuses
 * HEAD; redirects followed by hand up to a limit so loops and the final address are known; at most one request
 * per {@code interval} to any one host, and at most {@code maxRequests} in all. Hosts are checked side by side,
 * each host's links one after another. Nothing is asked of an address off the public web ({@link PublicWeb}),
 * before the first request or at any redirect.
 */
public final class LinkChecker {

    private final HttpClient http;
    private final Duration timeout;
    private final Duration interval;
    private final int maxRedirects;
    private final int maxRequests;
    private final Clock clock;
    private final PublicWeb publicWeb;
    private int requests;
    /** Per host, when the last request to it started: shared, since a redirect may lead to another host's queue. */
    private final Map<String, long[]> lastRequest = new java.util.concurrent.ConcurrentHashMap<>();

    LinkChecker(Duration timeout, Duration interval, int maxRedirects, int maxRequests, Clock clock,
            PublicWeb publicWeb) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        this.timeout = timeout;
        this.interval = interval;
        this.maxRedirects = maxRedirects;
        this.maxRequests = maxRequests;
        this.clock = clock;
        this.publicWeb = publicWeb;
    }

    /** Checks {@code urls}; those past the request budget come back with the problem "not checked". */
    public Map<String, LinkCheck> check(Set<String> urls) throws InterruptedException {
        Map<String, List<String>> byHost = new HashMap<>();
        for (String url : new LinkedHashSet<>(urls)) {
            byHost.computeIfAbsent(host(url), h -> new ArrayList<>()).add(url);
        }
        Map<String, LinkCheck> results = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(8, byHost.size())), task -> {
            Thread thread = new Thread(task, "factsite-links");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> hosts = new ArrayList<>();
            for (List<String> hostUrls : byHost.values()) {
                hosts.add(pool.submit(() -> {
                    for (String url : hostUrls) {
                        results.put(url, checkOne(url));
                    }
                    return null;
                }));
            }
            for (Future<?> host : hosts) {
                try {
                    host.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /** The marker of an address left for a later run: the request budget was spent before it. */
    static final String NOT_CHECKED = PublicWeb.NOT_CHECKED + "request limit reached";

    private LinkCheck checkOne(String url) throws InterruptedException {
        List<String> redirects = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String current = url;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            if (!seen.add(current)) {
                return unanswered(url, current, redirects, "redirect loop");
            }
            HttpResponse<Void> response;
            try {
                Optional<String> refused = publicWeb.refusal(current);
                if (refused.isPresent()) {
                    return unanswered(url, current, redirects, refused.get());
                }
                response = request(current, "HEAD");
                if (response != null && (response.statusCode() == 405 || response.statusCode() == 501
                        || response.statusCode() == 403)) {
                    response = request(current, "GET"); // some servers answer only GET
                }
            } catch (HttpTimeoutException e) {
                return unanswered(url, current, redirects, "timed out after " + timeout.toSeconds() + " s");
            } catch (IOException | IllegalArgumentException e) {
                return unanswered(url, current, redirects, "no answer: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
            if (response == null) {
                return unanswered(url, current, redirects, NOT_CHECKED);
            }
            int status = response.statusCode();
            String location = response.headers().firstValue("location").orElse(null);
            if (status >= 300 && status < 400 && location != null) {
                redirects.add(current);
                current = URI.create(current).resolve(location).toString();
                continue;
            }
            return new LinkCheck(url, status, current, redirects, "", clock.millis());
        }
        return unanswered(url, current, redirects, "more than " + maxRedirects + " redirects");
    }

    private LinkCheck unanswered(String url, String current, List<String> redirects, String problem) {
        return new LinkCheck(url, 0, current, redirects, problem, clock.millis());
    }

    /** One request, after waiting out the host's interval; null when the budget is spent. */
    private HttpResponse<Void> request(String url, String method) throws IOException, InterruptedException {
        synchronized (this) {
            if (requests >= maxRequests) {
                return null;
            }
            requests++;
        }
        long[] last = lastRequest.computeIfAbsent(host(url), h -> new long[] {Long.MIN_VALUE});
        synchronized (last) { // one request at a time per host, and not sooner than the interval
            if (last[0] != Long.MIN_VALUE) {
                long wait = last[0] + interval.toMillis() - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            last[0] = System.currentTimeMillis();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("User-Agent", "FactSite link checker")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }

    private static String host(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
