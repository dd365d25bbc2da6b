package org.factsite.links;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to check the archive's links.
 *
 * @param reportFolder where report.html, report.json and the cache file go (target/links)
 * @param maxAge       an address checked more recently than this is not asked again
 * @param interval     the least time between two requests to one host
 * @param maxRequests  requests at most in one run (the rest wait for the next run)
 */
public record LinkOptions(Path reportFolder, Duration maxAge, Duration interval, int maxRequests, Duration timeout,
        int maxRedirects) {

    public static LinkOptions defaults(Path reportFolder) {
        return of(reportFolder, 7, 2_000);
    }

    /** One request a second per host, 15 s to answer, 10 redirects: what the CLI and the plugin let users change is the rest. */
    public static LinkOptions of(Path reportFolder, int maxAgeDays, int maxRequests) {
        return new LinkOptions(reportFolder, Duration.ofDays(maxAgeDays), Duration.ofSeconds(1), maxRequests,
                Duration.ofSeconds(15), 10);
    }
}
