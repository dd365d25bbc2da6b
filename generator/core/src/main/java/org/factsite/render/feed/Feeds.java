package org.factsite.render.feed;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.vladsch.flexmark.util.sequence.Escaping;

import org.factsite.config.SiteConfig;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.SiteLayout;
import org.factsite.model.Taxonomy;
import org.factsite.render.unit.FeedUnit;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/**
 * An edition's feeds: RSS and JSON Feed of its newest claims, an RSS feed per term of the taxonomies that ask
 * for one, and the RSS feed of corrections. Each is keyed by its channel and, per item, its claim's list-view
 * key with what an item shows that the view does not (the tags as written, the date of the last change, the
 * correction's date and note).
 */
public final class Feeds implements UnitKind {

    private final FeedWriter feeds = new FeedWriter();

    @Override
    public List<FeedUnit> units(RenderParts parts) {
        SiteConfig site = parts.site();
        Map<String, String> t = parts.views().messages(site.language());
        String description = site.description().orElse(site.title());
        List<FeedUnit> units = new ArrayList<>();
        units.add(claimFeed(parts, channel(parts, site.title(), description, SiteLayout.HOME, SiteLayout.FEED),
                parts.archive().claims(), feeds::rss));
        units.add(claimFeed(parts, channel(parts, site.title(), description, SiteLayout.HOME, SiteLayout.JSON_FEED),
                parts.archive().claims(), feeds::jsonFeed));
        for (Taxonomy taxonomy : parts.archive().taxonomies()) {
            if (taxonomy.config().feed()) {
                taxonomy.terms().forEach(term -> {
                    String title = site.title() + " – " + t.get("taxonomy." + taxonomy.name() + ".term")
                            .replace("{0}", term.name());
                    units.add(claimFeed(parts, channel(parts, title, title, term.sitePath(),
                            SiteLayout.feedOf(term.sitePath())), term.claims(), feeds::rss));
                });
            }
        }
        units.add(correctionsFeed(parts, channel(parts, site.title() + " – " + t.get("corrections.heading"),
                t.get("corrections.intro"), SiteLayout.CORRECTIONS, SiteLayout.feedOf(SiteLayout.CORRECTIONS))));
        return units;
    }

    /** A feed of the newest of {@code claims}. */
    private FeedUnit claimFeed(RenderParts parts, FeedWriter.Channel channel, List<Claim> claims,
            BiFunction<FeedWriter.Channel, List<FeedItem>, String> format) {
        List<Claim> latest = claims.subList(0, Math.min(claims.size(), parts.site().feedSize()));
        return new FeedUnit(channel.sitePath(), () -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("channel", channel.key());
            key.put("items", latest.stream().map(claim -> List.of(parts.claimViewKey().apply(claim), claim.tags(),
                    claim.lastModified().toString())).toList());
            return key;
        }, key -> format.apply(channel, claimItems(parts, latest)));
    }

    /** The corrections, newest first, as far as a feed goes. */
    private FeedUnit correctionsFeed(RenderParts parts, FeedWriter.Channel channel) {
        List<Archive.CorrectedClaim> latest = parts.archive().corrections().subList(0,
                Math.min(parts.archive().corrections().size(), parts.site().feedSize()));
        return new FeedUnit(channel.sitePath(), () -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("channel", channel.key());
            key.put("items", latest.stream().map(c -> List.of(parts.claimViewKey().apply(c.claim()),
                    c.correction().date().toString(), c.correction().note())).toList());
            return key;
        }, key -> feeds.rss(channel, correctionItems(parts, latest)));
    }

    private static FeedWriter.Channel channel(RenderParts parts, String title, String description, String homePath,
            String feedPath) {
        return new FeedWriter.Channel(title, description, parts.base().absolute(homePath),
                parts.base().absolute(feedPath), parts.site().language(), feedPath);
    }

    /** Claims (the newest, by checked date), as feed items; the verdict leads the title, since readers ignore JSON-LD. */
    private static List<FeedItem> claimItems(RenderParts parts, List<Claim> claims) {
        Views views = parts.views();
        List<FeedItem> items = new ArrayList<>();
        for (Claim claim : claims) {
            // Only the verdict's label: not the claim's whole view, made for each of the thousands of term feeds.
            String verdict = views.verdict(claim.verdict(), claim.language()).label();
            String url = parts.base().absolute(claim.sitePath());
            List<String> categories = new ArrayList<>();
            categories.add(verdict);
            categories.addAll(claim.tags());
            String content = claim.summaryStandaloneHtml().orElseGet(() -> "<p>" + escape(claim.claim()) + "</p>");
            String title = views.messages(claim.language()).get("feed.itemTitle")
                    .replace("{verdict}", verdict).replace("{title}", claim.title());
            items.add(new FeedItem(url, true, url, title, content, claim.claim(), startOfDay(parts, claim.checked()),
                    startOfDay(parts, claim.lastModified()), categories));
        }
        return items;
    }

    /** Corrections, newest first; ids are stable (claim address, date, position), not the build's. */
    private static List<FeedItem> correctionItems(RenderParts parts, List<Archive.CorrectedClaim> corrections) {
        Views views = parts.views();
        List<FeedItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Archive.CorrectedClaim corrected : corrections) {
            Claim claim = corrected.claim();
            String url = parts.base().absolute(claim.sitePath());
            String key = claim.slug() + "/" + corrected.correction().date();
            int n = seen.merge(key, 1, Integer::sum);
            String id = url + "#correction-" + corrected.correction().date() + (n > 1 ? "-" + n : "");
            Map<String, String> t = views.messages(claim.language());
            items.add(new FeedItem(id, false, url, t.get("corrections.itemTitle").replace("{title}", claim.title()),
                    "<p>" + escape(corrected.correction().note()) + "</p>", corrected.correction().note(),
                    startOfDay(parts, corrected.correction().date()), startOfDay(parts, corrected.correction().date()),
                    List.of(views.claim(claim).verdict().label())));
        }
        return items;
    }

    private static ZonedDateTime startOfDay(RenderParts parts, LocalDate date) {
        return date.atStartOfDay(parts.site().timezone());
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }

    @Override
    public List<NavEntry> navigation(Archive archive) {
        return List.of(NavEntry.labelled(NavEntry.Place.FOOTER, 60, SiteLayout.FEED, "nav.feed"));
    }
}
