package org.factsite.links;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factsite.model.Editions;

/** A link check of an archive: the addresses it uses, the answers still fresh in the cache, the rest asked now. */
public final class LinkChecks {

    private LinkChecks() {
    }

    public static LinkSummary run(Editions editions, java.nio.file.Path contentRoot, LinkOptions options, Clock clock)
            throws InterruptedException {
        Map<String, List<LinkUse>> links = ArchiveLinks.of(editions, contentRoot);
        java.nio.file.Path cacheFile = options.reportFolder().resolve("cache.json");
        Map<String, LinkCheck> checks = LinkCache.read(cacheFile);
        long freshSince = clock.millis() - options.maxAge().toMillis();
        Set<String> ask = new LinkedHashSet<>();
        for (String url : links.keySet()) {
            LinkCheck known = checks.get(url);
            if (known == null || known.checkedAt() < freshSince || known.notChecked()) {
                ask.add(url);
            }
        }
        PublicWeb publicWeb = PublicWeb.allowing(options.allowedHosts());
        Map<String, LinkCheck> answers = new LinkChecker(options.timeout(), options.interval(), options.maxRedirects(),
                options.maxRequests(), clock, publicWeb).check(ask);
        answers.forEach((url, check) -> {
            if (!check.leftForLater() || !checks.containsKey(url)) {
                checks.put(url, check);
            }
        });
        checks.keySet().retainAll(links.keySet());
        LinkCache.write(cacheFile, checks);
        LinkReport.Counts counts = LinkReport.write(options.reportFolder(), links, checks);
        int asked = (int) answers.values().stream().filter(c -> !c.notChecked()).count();
        int archived = 0;
        if (options.archiveWith().isPresent()) {
            archived = new ArchiveRequests(options.archiveWith().get(), options.archiveInterval(), publicWeb)
                    .run(links, checks, options.reportFolder(), options.maxRequests());
        }
        return new LinkSummary(links.size(), counts.ok(), counts.broken(), counts.unchecked(), counts.offPublicWeb(),
                asked, archived, options.reportFolder().resolve("report.html"));
    }
}
