package org.factsite.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Asks a web archive (the Wayback Machine's Save Page Now by default) to save the sources that have no archived
 * copy yet, at most one request per interval (Save Page Now allows about six a minute), and writes what it
 * answered to {@code archived-copies.txt} for the author to paste as {@code archived:} lines. Content files are
 * never changed.
 */
final class ArchiveRequests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final URI endpoint;
    private final Duration interval;
    private final PublicWeb publicWeb;

    /**
     * @param endpoint  the archive's save address, the page's address appended ({@code https://web.archive.org/save/})
     * @param publicWeb the rule every request obeys: the archive's address must be on the public web
     */
    ArchiveRequests(URI endpoint, Duration interval, PublicWeb publicWeb) {
        this.endpoint = endpoint;
        this.interval = interval;
        this.publicWeb = publicWeb;
    }

    /** Saves each source without an archived copy whose page still answers; returns how many copies were made. */
    int run(Map<String, List<LinkUse>> links, Map<String, LinkCheck> checks, Path folder, int maxRequests)
            throws InterruptedException {
        Map<String, List<String>> byClaim = new TreeMap<>();
        StringBuilder text = new StringBuilder("# Archived copies made by `site:links` with archiving on. Paste each\n"
                + "# `archived:` line under its source in the claim file named above it.\n");
        Optional<String> refused = refusal(endpoint.toString());
        if (refused.isPresent()) {
            text.append("# No copy asked for, the archive's address ").append(endpoint).append(": ")
                    .append(refused.get().substring(PublicWeb.NOT_CHECKED.length())).append(".\n");
            write(folder, text);
            return 0;
        }
        int requests = 0;
        int saved = 0;
        long last = Long.MIN_VALUE;
        for (Map.Entry<String, List<LinkUse>> link : links.entrySet()) {
            List<LinkUse> unarchived = link.getValue().stream()
                    .filter(use -> use.as().startsWith("source ") && !use.archived()).toList();
            LinkCheck check = checks.get(link.getKey());
            if (unarchived.isEmpty() || check == null || !check.ok() || requests >= maxRequests) {
                continue;
            }
            if (last != Long.MIN_VALUE) {
                long wait = last + interval.toMillis() - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            requests++;
            Optional<String> copy = save(link.getKey());
            // counted from the answer, not the asking: a slow first request must not bring the next one closer
            last = System.currentTimeMillis();
            if (copy.isPresent()) {
                saved++;
            }
            for (LinkUse use : unarchived) {
                byClaim.computeIfAbsent(use.file(), f -> new ArrayList<>()).add("  " + use.as() + ": " + link.getKey()
                        + "\n    " + copy.map(c -> "archived: " + c).orElse("# no copy made; try again later")
                        + "\n");
            }
        }
        byClaim.forEach((file, lines) -> {
            text.append("\n").append(file).append(":\n");
            lines.stream().sorted().forEach(text::append); // by source
        });
        write(folder, text);
        return saved;
    }

    private static void write(Path folder, CharSequence text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("archived-copies.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve("archived-copies.txt"), e);
        }
    }

    /** Why a save request must not go out (an archive's address off the public web), or empty. */
    private Optional<String> refusal(String url) {
        try {
            return publicWeb.refusal(url);
        } catch (java.net.UnknownHostException e) {
            return Optional.empty(); // the request fails as it would have, and no copy is listed
        }
    }

    /** The copy's address, from where the archive sends the reader (Location or Content-Location). */
    private Optional<String> save(String url) throws InterruptedException {
        try {
            if (refusal(endpoint + url).isPresent()) {
                return Optional.empty(); // checked again for each request: a name's addresses can change
            }
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(endpoint + url))
                    .timeout(Duration.ofSeconds(120)).header("User-Agent", "FactSite link checker").GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("location").or(() -> response.headers().firstValue("content-location"))
                    .filter(location -> location.contains("/web/"))
                    .map(location -> endpoint.resolve(location).toString());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
