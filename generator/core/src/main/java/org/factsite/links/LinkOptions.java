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
 * @param archiveWith  a web archive's save address (Save Page Now) to ask for copies of sources without one, or
 *                     empty to ask nothing
 * @param archiveInterval the least time between two save requests
 * @param allowedHosts    hosts asked even when they resolve to a private address (a desk's intranet sources);
 *                        every other address off the public web is reported "not checked: private address"
 */
public record LinkOptions(Path reportFolder, Duration maxAge, Duration interval, int maxRequests, Duration timeout,
        int maxRedirects, java.util.Optional<java.net.URI> archiveWith, Duration archiveInterval,
        java.util.Set<String> allowedHosts) {

    public LinkOptions {
        allowedHosts = java.util.Set.copyOf(allowedHosts);
    }

    /** The Wayback Machine's Save Page Now, which takes about six requests a minute. */
    public static final java.net.URI SAVE_PAGE_NOW = java.net.URI.create("https://web.archive.org/save/");

    /** The same options, asking {@code endpoint} for archived copies of sources that have none. */
    public LinkOptions archivingWith(java.net.URI endpoint, Duration betweenRequests) {
        return new LinkOptions(reportFolder, maxAge, interval, maxRequests, timeout, maxRedirects,
                java.util.Optional.of(endpoint), betweenRequests, allowedHosts);
    }

    /** The same options, asking these hosts (names as links spell them, or addresses) wherever they resolve. */
    public LinkOptions allowingHosts(java.util.Collection<String> hosts) {
        return new LinkOptions(reportFolder, maxAge, interval, maxRequests, timeout, maxRedirects, archiveWith,
                archiveInterval, java.util.Set.copyOf(hosts));
    }

    public static LinkOptions defaults(Path reportFolder) {
        return of(reportFolder, 7, 2_000);
    }

    /** One request a second per host, 15 s to answer, 10 redirects: what the CLI and the plugin let users change is the rest. */
    public static LinkOptions of(Path reportFolder, int maxAgeDays, int maxRequests) {
        return new LinkOptions(reportFolder, Duration.ofDays(maxAgeDays), Duration.ofSeconds(1), maxRequests,
                Duration.ofSeconds(15), 10, java.util.Optional.empty(), Duration.ofSeconds(10), java.util.Set.of());
    }
}
