package org.factsite.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import com.vladsch.flexmark.util.sequence.Escaping;

import org.factsite.config.BaseUrl;
import org.factsite.config.SiteConfig;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Editions;
import org.factsite.model.SiteLayout;
import org.factsite.model.Taxonomy;
import org.factsite.model.Term;
import org.factsite.render.view.ClaimView;
import org.factsite.search.SearchDocument;
import org.factsite.search.SearchIndex;
import org.factsite.search.TextAnalysis;
import org.factsite.write.SiteOutput;

/**
 * Renders one language's edition of the site through the theme into a {@link SiteOutput} (its folder of the
 * site's output). Reading {@link #renderAll} tells what an edition consists of: the page kinds of
 * {@link #kinds}, each a list of {@link PageUnit}s, then the files that are not pages (feeds, search index).
 * What the editions share (assets, sitemap, 404) is {@link SiteRenderer}'s.
 */
final class EditionRenderer {

    private final Archive archive;
    private final SiteConfig site;
    private final BaseUrl base;
    private final Diagnostics diagnostics;
    private final TemplateEngine templates;
    private final Views views;
    private final FeedWriter feeds = new FeedWriter();
    private final SitemapWriter sitemap;
    /** The edition's folder below the site's root ({@code vi/}, or empty), for page keys and the sitemap. */
    private final String folder;
    private final ModelDigest digests = new ModelDigest();
    private final PageKeys keys;
    private final TextAnalysis analysis = new TextAnalysis();
    private final AtomicInteger pagesKept = new AtomicInteger();
    /** Key of each claim's list view, by slug: a claim is in several lists, its view is keyed once a build. */
    private final Map<String, String> claimViewKeys = new ConcurrentHashMap<>();

    /**
     * @param keys    asked before each page is made: a page whose key the output holds is kept ({@link SiteOutput#keep})
     * @param sitemap where the edition's pages are listed, with every other edition's
     */
    EditionRenderer(Archive archive, Editions editions, Theme theme, Diagnostics diagnostics, PageKeys keys,
            SitemapWriter sitemap, Alternates alternates) {
        this.sitemap = sitemap;
        this.folder = archive.folder();
        this.keys = keys;
        this.archive = archive;
        this.site = archive.site();
        this.base = site.baseUrl();
        this.diagnostics = diagnostics;
        this.templates = new TemplateEngine(theme, diagnostics);
        this.views = new Views(archive, theme, alternates, editions);
    }

    /** Every kind of page the site has, in the order they are rendered. */
    private List<PageKind> kinds() {
        List<PageKind> kinds = new ArrayList<>();
        kinds.add(new ClaimPages());
        kinds.add(new HomePages());
        archive.taxonomies().forEach(taxonomy -> kinds.add(new TaxonomyPages(taxonomy)));
        kinds.add(new VerdictPages());
        kinds.add(new QuestionPages());
        kinds.add(new CorrectionPages());
        kinds.add(new PlainPages());
        kinds.add(new SearchPages());
        kinds.add(new StatsPages());
        kinds.add(new OrganizationPages());
        return kinds;
    }

    /** The edition's pages, by kind; made once (a unit's model is made only when it is written). */
    private List<List<PageUnit>> units;

    private List<List<PageUnit>> units() {
        if (units == null) {
            RenderParts parts = new RenderParts(archive, views, this::claimViewKey);
            units = kinds().stream().map(kind -> kind.pages(parts)).toList();
        }
        return units;
    }

    /** The addresses of the edition's pages, below its folder. */
    List<String> pagePaths() {
        return units().stream().flatMap(List::stream).map(PageUnit::sitePath).toList();
    }

    /** Writes every page and feed of the edition. Problems in templates are reported to the diagnostics. */
    void renderAll(SiteOutput output) {
        // Pages are independent of each other: they render on every core.
        for (List<PageUnit> kind : units()) {
            kind.parallelStream().forEach(unit -> write(output, unit));
        }
        copyClaimFolders(output);
        renderFeeds(output);
        new SearchIndex(analysis).write(searchDocuments(), verdictLabels(), verdictLooks(), site.language(), output);
    }

    private String claimViewKey(Claim claim) {
        return claimViewKeys.computeIfAbsent(claim.slug(), slug -> keys.claimView(claim, views.context(claim),
                () -> digests.ofValue(views.claim(claim))));
    }

    /**
     * Every claim as the search index reads it: its terms (made of the claim's texts alone, so a preview keeps
     * them for unchanged claims), its filters, its result card.
     */
    private List<SearchDocument> searchDocuments() {
        return archive.claims().stream().map(claim -> {
            Map<String, String> tags = new LinkedHashMap<>();
            archive.taxonomyOf("tags").ifPresent(taxonomy -> taxonomy.spellingsIn(claim).forEach(spelling ->
                    views.termOf(taxonomy, spelling).ifPresent(term -> tags.putIfAbsent(term.slug(), term.name()))));
            String lang = claim.language();
            return new SearchDocument(claim.slug(), claim.checked(), lang,
                    () -> keys.ofClaim("search", claim, () -> SearchDocument.Terms.of(searchTexts(claim), lang, analysis)),
                    tags, claim.verdict().key(),
                    new SearchDocument.Card(base.pathTo(claim.sitePath()), claim.title(), claim.claim(),
                            claim.verdict().key(), views.verdict(claim.verdict(), lang).label(),
                            views.formatDate(claim.checked(), lang), claim.checked().toString(), lang));
        }).toList();
    }

    /** What of a claim is searched, as plain text by field. */
    private static Map<SearchDocument.Field, String> searchTexts(Claim claim) {
        Map<SearchDocument.Field, String> texts = new EnumMap<>(SearchDocument.Field.class);
        texts.put(SearchDocument.Field.TITLE, claim.title());
        texts.put(SearchDocument.Field.CLAIM, claim.claim());
        claim.claimantName().ifPresent(name -> texts.put(SearchDocument.Field.CLAIMANT, name));
        texts.put(SearchDocument.Field.TAGS, String.join(" \n ", claim.tags()));
        texts.put(SearchDocument.Field.RELATED, String.join(" \n ",
                claim.related().stream().map(r -> r.question()).toList()));
        claim.summaryHtml().ifPresent(html -> texts.put(SearchDocument.Field.SUMMARY, PlainText.of(html)));
        texts.put(SearchDocument.Field.BODY, PlainText.of(claim.bodyHtml().text()));
        return texts;
    }

    /** Each verdict's badge colour and icon, so search results show badges as list pages do. */
    private Map<String, List<String>> verdictLooks() {
        Map<String, List<String>> looks = new LinkedHashMap<>();
        site.verdicts().verdicts().forEach(v -> looks.put(v.key(), List.of(v.color(), v.icon())));
        return looks;
    }

    /** The verdicts' labels in the site's language, for the search filters. */
    private Map<String, String> verdictLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        site.verdicts().verdicts().forEach(v -> labels.put(v.key(), views.verdict(v, site.language()).label()));
        return labels;
    }

    /** Files of a claim's folder (images ...) go beside its page. */
    private void copyClaimFolders(SiteOutput output) {
        archive.claims().parallelStream().forEach(claim -> {
            Path folder = claim.file().getParent();
            for (Path resource : claim.resources()) {
                output.copyFile(claim.sitePath() + resource.toString().replace('\\', '/'), folder.resolve(resource));
            }
        });
    }

    /**
     * The edition's claims' ClaimReviews as their pages carry them, for the site's data feed: each claim's entry is
     * made of the claim under this build's site settings and pages, so a preview keeps it for unchanged claims.
     */
    List<ClaimReviewFeed.Review> claimReviews(ClaimReviewFeed feed) {
        Map<String, String> policies = views.policyUrls();
        return archive.claims().stream().map(claim -> {
            String url = base.absolute(claim.sitePath());
            return new ClaimReviewFeed.Review(claim, url, () -> keys.ofClaim("claimreview", claim, () -> feed.entry(
                    claim, ClaimReviewData.of(site, policies, claim,
                            views.verdict(claim.verdict(), claim.language()).label(), url))));
        }).toList();
    }

    /** The site's one 404 page, in the default language: the main edition's to render. */
    void renderNotFound(SiteOutput output) {
        Map<String, String> t = views.messages(site.language());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", views.noindex(views.page(site.language(), t.get("notFound.heading"),
                t.get("notFound.heading"), SiteLayout.NOT_FOUND)));
        output.writeStreaming(SiteLayout.NOT_FOUND, out -> templates.render("404.ftlh", model, out));
    }

    private void renderFeeds(SiteOutput output) {
        Map<String, String> t = views.messages(site.language());
        String description = site.description().orElse(site.title());
        writeClaimFeed(output, channel(site.title(), description, SiteLayout.HOME, SiteLayout.FEED), SiteLayout.FEED,
                archive.claims(), feeds::rss);
        writeClaimFeed(output, channel(site.title(), description, SiteLayout.HOME, SiteLayout.JSON_FEED),
                SiteLayout.JSON_FEED, archive.claims(), feeds::jsonFeed);
        for (Taxonomy taxonomy : archive.taxonomies()) {
            if (!taxonomy.config().feed()) {
                continue;
            }
            // A feed per term: thousands of small files, independent of each other.
            taxonomy.terms().parallelStream().forEach(term -> {
                String title = site.title() + " – " + t.get("taxonomy." + taxonomy.name() + ".term")
                        .replace("{0}", term.name());
                String feed = SiteLayout.feedOf(term.sitePath());
                writeClaimFeed(output, channel(title, title, term.sitePath(), feed), feed, term.claims(), feeds::rss);
            });
        }
        String corrections = site.title() + " – " + t.get("corrections.heading");
        String correctionsFeed = SiteLayout.feedOf(SiteLayout.CORRECTIONS);
        output.writeText(correctionsFeed, feeds.rss(channel(corrections, t.get("corrections.intro"),
                SiteLayout.CORRECTIONS, correctionsFeed), correctionItems()));
    }

    /**
     * A feed of the newest of {@code claims}, keyed as list pages are: by its channel and, for each item, the
     * claim's list-view key with the two things a feed item takes that the view does not show as written (the
     * tags as spelled, the date of the last change). A feed whose key the output holds is kept, not made again.
     */
    private void writeClaimFeed(SiteOutput output, FeedWriter.Channel channel, String sitePath, List<Claim> claims,
            BiFunction<FeedWriter.Channel, List<FeedItem>, String> format) {
        List<Claim> latest = claims.subList(0, Math.min(claims.size(), site.feedSize()));
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("channel", List.of(channel.title(), channel.description(), channel.homeUrl(), channel.feedUrl(),
                channel.language()));
        key.put("items", latest.stream().map(claim -> List.of(claimViewKey(claim), claim.tags(),
                claim.lastModified().toString())).toList());
        if (!kept(output, sitePath, sitePath, digests.of(sitePath, key))) {
            output.writeText(sitePath, format.apply(channel, claimItems(latest)));
        }
    }

    /**
     * Records {@code digest} as the key of the output at {@code keyPath} and keeps the published {@code file} if
     * it was made under that key; false when the caller must make it.
     */
    private boolean kept(SiteOutput output, String keyPath, String file, String digest) {
        keys.made(folder + keyPath, digest);
        if (keys.unchanged(folder + keyPath, digest) && output.keep(file)) {
            pagesKept.incrementAndGet();
            return true;
        }
        return false;
    }

    private FeedWriter.Channel channel(String title, String description, String homePath, String feedPath) {
        return new FeedWriter.Channel(title, description, base.absolute(homePath), base.absolute(feedPath),
                site.language());
    }

    /** Claims (the newest, by checked date), as feed items; the verdict leads the title, since readers ignore JSON-LD. */
    private List<FeedItem> claimItems(List<Claim> claims) {
        List<FeedItem> items = new ArrayList<>();
        for (Claim claim : claims) {
            // Only the verdict's label: not the claim's whole view, made for each of the thousands of term feeds.
            String verdict = views.verdict(claim.verdict(), claim.language()).label();
            String url = base.absolute(claim.sitePath());
            List<String> categories = new ArrayList<>();
            categories.add(verdict);
            categories.addAll(claim.tags());
            String content = claim.summaryStandaloneHtml().orElseGet(() -> "<p>" + escape(claim.claim()) + "</p>");
            String title = views.messages(claim.language()).get("feed.itemTitle")
                    .replace("{verdict}", verdict).replace("{title}", claim.title());
            items.add(new FeedItem(url, true, url, title, content, claim.claim(), startOfDay(claim.checked()),
                    startOfDay(claim.lastModified()), categories));
        }
        return items;
    }

    /** Corrections, newest first; ids are stable (claim address, date, position), not the build's. */
    private List<FeedItem> correctionItems() {
        List<FeedItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Archive.CorrectedClaim corrected : archive.corrections()) {
            Claim claim = corrected.claim();
            String url = base.absolute(claim.sitePath());
            String key = claim.slug() + "/" + corrected.correction().date();
            int n = seen.merge(key, 1, Integer::sum);
            String id = url + "#correction-" + corrected.correction().date() + (n > 1 ? "-" + n : "");
            Map<String, String> t = views.messages(claim.language());
            items.add(new FeedItem(id, false, url, t.get("corrections.itemTitle").replace("{title}", claim.title()),
                    "<p>" + escape(corrected.correction().note()) + "</p>", corrected.correction().note(),
                    startOfDay(corrected.correction().date()), startOfDay(corrected.correction().date()),
                    List.of(views.claim(claim).verdict().label())));
            if (items.size() == site.feedSize()) {
                break;
            }
        }
        return items;
    }

    private ZonedDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay(site.timezone());
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }

    /** How many pages were kept as published because their model had not changed. */
    int pagesKept() {
        return pagesKept.get();
    }

    /** Renders a page, unless its key is the one the published page was made from. */
    private void write(SiteOutput output, PageUnit unit) {
        Map<String, Object> key = unit.key().get();
        String file = unit.sitePath() + "index.html";
        if (!kept(output, unit.sitePath(), file, digests.of(unit.template(), key))) {
            Map<String, Object> model = unit.model().apply(key);
            output.writeStreaming(file, out -> templates.render(unit.template(), model, out));
        }
        sitemap.add(folder + unit.sitePath(), unit.lastModified());
    }
}
