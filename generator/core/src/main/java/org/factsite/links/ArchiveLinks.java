package org.factsite.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.util.sequence.Escaping;

import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Editions;
import org.factsite.model.Source;

/** Every web address the archive's claims link: their sources, their appearances, the links in their text. */
public final class ArchiveLinks {

    /** Links in rendered HTML: the renderer writes every attribute in double quotes. */
    private static final Pattern HREF = Pattern.compile("href=\"(https?://[^\"]+)\"");

    private ArchiveLinks() {
    }

    /** Address to where it is used, addresses in order. */
    public static Map<String, List<LinkUse>> of(Editions editions, Path root) {
        Map<String, List<LinkUse>> links = new TreeMap<>();
        for (Archive edition : editions.all()) {
            for (Claim claim : edition.claims()) {
                String file = root.toAbsolutePath().normalize().relativize(claim.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
                String page = edition.site().baseUrl().absolute(claim.sitePath());
                for (Source source : claim.sources()) {
                    source.url().ifPresent(url -> add(links, url, new LinkUse(file, claim.title(), page,
                            "source " + source.id(), source.archived().isPresent())));
                }
                claim.appearances().forEach(url -> add(links, url, new LinkUse(file, claim.title(), page, "appearance",
                        false)));
                String html = claim.summaryHtml().orElse("") + claim.bodyHtml().text();
                Matcher m = HREF.matcher(html);
                while (m.find()) {
                    String url = Escaping.unescapeHtml(m.group(1));
                    boolean isSource = claim.sources().stream().anyMatch(s -> s.url().filter(url::equals).isPresent());
                    if (!isSource) {
                        add(links, url, new LinkUse(file, claim.title(), page, "article", false));
                    }
                }
            }
        }
        return links;
    }

    private static void add(Map<String, List<LinkUse>> links, String url, LinkUse use) {
        List<LinkUse> uses = links.computeIfAbsent(url, u -> new ArrayList<>());
        if (!uses.contains(use)) {
            uses.add(use);
        }
    }
}
