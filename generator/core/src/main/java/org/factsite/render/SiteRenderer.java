package org.factsite.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;

import com.vladsch.flexmark.util.sequence.Escaping;

import org.factsite.config.BaseUrl;
import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Page;
import org.factsite.model.Question;
import org.factsite.model.Tag;
import org.factsite.render.view.ClaimView;
import org.factsite.render.view.LinkView;
import org.factsite.render.view.PageView;
import org.factsite.render.view.PlainPageView;
import org.factsite.write.SiteOutput;

/**
 * Renders the archive through the theme into a {@link SiteOutput}. Reading {@link #renderAll} tells what a
 * site consists of; each step writes one kind of page and notes it for the sitemap.
 */
public final class SiteRenderer {

    /** Up to this many questions the index is one page; beyond, one section per initial, paginated. */
    static final int QUESTIONS_PER_PAGE = 300;

    private final Archive archive;
    private final SiteConfig site;
    private final BaseUrl base;
    private final Theme theme;
    private final Diagnostics diagnostics;
    private final TemplateEngine templates;
    private final Views views;
    private final JsonLd jsonLd = new JsonLd();
    private final FeedWriter feeds = new FeedWriter();
    private final SitemapWriter sitemap = new SitemapWriter();
    private final ModelDigest digests = new ModelDigest();
    private final PageKeys keys;
    private final AtomicInteger pagesKept = new AtomicInteger();
    /** Key of each claim's list view, by slug: a claim is in several lists, its view is keyed once a build. */
    private final Map<String, String> claimViewKeys = new ConcurrentHashMap<>();

    public SiteRenderer(Archive archive, Theme theme, Diagnostics diagnostics) {
        this(archive, theme, diagnostics, PageKeys.NONE);
    }

    /** @param keys asked before each page is made: a page whose key the output holds is kept ({@link SiteOutput#keep}) */
    public SiteRenderer(Archive archive, Theme theme, Diagnostics diagnostics, PageKeys keys) {
        this.keys = keys;
        this.archive = archive;
        this.site = archive.site();
        this.base = site.baseUrl();
        this.theme = theme;
        this.diagnostics = diagnostics;
        this.templates = new TemplateEngine(theme, diagnostics);
        this.views = new Views(archive, theme);
        warnAboutMissingTranslations();
    }

    /** Writes every page, feed and asset. Problems in templates are reported to the diagnostics. */
    public void renderAll(SiteOutput output) {
        renderClaims(output);
        renderHome(output);
        renderTags(output);
        renderVerdicts(output);
        renderQuestions(output);
        renderCorrections(output);
        renderPlainPages(output);
        renderNotFound(output);
        renderFeeds(output);
        sitemap.write(base, output, SitemapWriter.MAX_URLS);
        output.writeText("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + base.absolute("sitemap.xml") + "\n");
        output.writeText(".nojekyll", "");
        theme.assets().forEach((name, file) -> output.copyFile("assets/" + name, file));
    }

    /**
     * Claim pages are independent of each other: they render on every core. A page's digest is taken from the
     * claim's list view and its body, which together determine everything on the page (the page frame and
     * the ClaimReview data are made from the same fields), so an unchanged page costs no view and no JSON.
     */
    private void renderClaims(SiteOutput output) {
        archive.claims().parallelStream().forEach(claim -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("claim", listViewDigest(claim));
            key.put("body", claim.bodyHtml().digest());
            write(output, "claim.ftlh", key, () -> {
                ClaimView view = views.claimWithBody(claim);
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("page", views.claimPage(claim, view));
                model.put("claim", view);
                model.put("claimReviewJson", jsonLd.write(ClaimReviewData.of(site, claim, view.verdict().label(),
                        base.absolute(claim.sitePath()))));
                return model;
            }, claim.sitePath(), claim.lastModified());
            Path folder = claim.file().getParent();
            for (Path resource : claim.resources()) {
                output.copyFile(claim.sitePath() + resource.toString().replace('\\', '/'), folder.resolve(resource));
            }
        });
    }

    private String listViewDigest(Claim claim) {
        return claimViewKeys.computeIfAbsent(claim.slug(), slug -> keys.claimView(claim, views.listViewContext(claim),
                () -> digests.ofValue(views.claim(claim))));
    }

    private void renderHome(SiteOutput output) {
        Map<String, String> t = views.messages(site.language());
        renderListing(output, archive.claims(), "", site.language(), site.title(), t.get("home.heading"),
                site.description().orElse(null), null);
    }

    private void renderTags(SiteOutput output) {
        Map<String, String> t = views.messages(site.language());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", views.page(site.language(), t.get("tags.heading"), t.get("tags.heading"), "tags/"));
        model.put("tags", archive.tags().stream().map(views::tag).toList());
        write(output, "tags.ftlh", model, "tags/", newest(archive.claims()));
        archive.tags().parallelStream().forEach(tag -> {
            String heading = t.get("tag.heading").replace("{0}", tag.name());
            renderListing(output, tag.claims(), tag.sitePath(), site.language(), heading, heading, null,
                    base.pathTo(tag.sitePath() + "feed.xml"));
        });
    }

    private void renderVerdicts(SiteOutput output) {
        String lang = site.language();
        Map<String, String> t = views.messages(lang);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", views.page(lang, t.get("legend.heading"), t.get("legend.intro"), "verdicts/"));
        model.put("verdicts", site.verdicts().verdicts().stream().map(v -> views.verdict(v, lang)).toList());
        model.put("best", site.verdicts().best().isPresent() ? site.verdicts().best().getAsInt() : null);
        model.put("worst", site.verdicts().worst().isPresent() ? site.verdicts().worst().getAsInt() : null);
        write(output, "verdicts.ftlh", model, "verdicts/", newest(archive.claims()));
        for (Verdict verdict : site.verdicts().verdicts()) {
            var view = views.verdict(verdict, lang);
            renderListing(output, archive.claimsWith(verdict), Views.verdictPath(verdict), lang, view.label(),
                    view.label(), view.description(), null);
        }
    }

    /** A paginated list of claims: the home page, a tag, a verdict. Its pages are independent: rendered on every core. */
    private void renderListing(SiteOutput output, List<Claim> claims, String basePath, String lang, String title,
            String heading, String intro, String feed) {
        Pagination.of(claims, site.pageSize(), basePath).parallelStream().forEach(slice -> {
            Map<String, String> t = views.messages(lang);
            String pageTitle = slice.number() == 1 ? title
                    : title + " – " + t.get("pagination.page").replace("{0}", Integer.toString(slice.number()));
            PageView page = views.page(lang, pageTitle, intro == null ? title : intro, slice.sitePath());
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("page", feed == null ? page : views.withFeed(page, feed));
            key.put("heading", heading);
            key.put("intro", intro);
            key.put("claims", slice.items().stream().map(this::listViewDigest).toList());
            key.put("pagination", slice.view(base));
            write(output, "list.ftlh", key, () -> {
                Map<String, Object> model = new LinkedHashMap<>(key);
                model.put("claims", views.claims(slice.items()));
                return model;
            }, slice.sitePath(), newest(slice.items()));
        });
    }

    private void renderQuestions(SiteOutput output) {
        String lang = site.language();
        Map<String, String> t = views.messages(lang);
        List<Question> questions = archive.questions();
        long open = questions.stream().filter(Question::isOpen).count();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", views.page(lang, t.get("questions.heading"), t.get("questions.intro"), "questions/"));
        model.put("answeredCount", questions.size() - open);
        model.put("openCount", open);
        if (questions.size() <= QUESTIONS_PER_PAGE) {
            model.put("questions", questions.stream().map(q -> views.question(q, lang)).toList());
            model.put("sections", List.of());
            write(output, "questions.ftlh", model, "questions/", newest(archive.claims()));
            return;
        }
        // Large archives: an index of initials, then each initial's questions in pages of bounded size.
        Map<String, List<Question>> byInitial = new TreeMap<>();
        questions.forEach(q -> byInitial.computeIfAbsent(initial(q), k -> new ArrayList<>()).add(q));
        List<Map<String, Object>> sections = new ArrayList<>();
        byInitial.forEach((initial, list) -> {
            Map<String, Object> section = new LinkedHashMap<>(); // not Map.of: its order changes between runs
            section.put("name", initialLabel(initial, t));
            section.put("url", base.pathTo("questions/" + initial + "/"));
            section.put("count", list.size());
            sections.add(section);
        });
        model.put("questions", List.of());
        model.put("sections", sections);
        write(output, "questions.ftlh", model, "questions/", newest(archive.claims()));
        byInitial.forEach((initial, list) -> {
            for (Pagination<Question> slice : Pagination.of(list, QUESTIONS_PER_PAGE, "questions/" + initial + "/")) {
                String heading = t.get("questions.section").replace("{0}", initialLabel(initial, t));
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("page", views.page(lang, heading, t.get("questions.intro"), slice.sitePath()));
                part.put("heading", heading);
                part.put("questions", slice.items().stream().map(q -> views.question(q, lang)).toList());
                part.put("pagination", slice.view(base));
                part.put("index", new LinkView(t.get("questions.heading"), base.pathTo("questions/")));
                write(output, "questions-part.ftlh", part, slice.sitePath(),
                        newest(slice.items().stream().flatMap(q -> q.raisedBy().stream()).toList()));
            }
        });
    }

    /** a-z by the question's first letter without accents; digits together; anything else as "other". */
    static String initial(Question question) {
        String folded = org.factsite.text.Slugs.slugify(question.normalized());
        char c = folded.isEmpty() ? '?' : folded.charAt(0);
        return c >= 'a' && c <= 'z' ? String.valueOf(c) : Character.isDigit(c) ? "0-9" : "other";
    }

    private static String initialLabel(String initial, Map<String, String> t) {
        return initial.equals("other") ? t.get("questions.other") : initial.toUpperCase(java.util.Locale.ROOT);
    }

    private void renderCorrections(SiteOutput output) {
        String lang = site.language();
        Map<String, String> t = views.messages(lang);
        List<Archive.CorrectedClaim> corrections = archive.corrections();
        Map<String, Object> model = new LinkedHashMap<>();
        PageView page = views.page(lang, t.get("corrections.heading"), t.get("corrections.intro"), "corrections/");
        model.put("page", views.withFeed(page, base.pathTo("corrections/feed.xml")));
        model.put("corrections", corrections.stream().map(c -> views.correction(c, lang)).toList());
        write(output, "corrections.ftlh", model, "corrections/",
                corrections.isEmpty() ? null : corrections.get(0).correction().date());
    }

    private void renderPlainPages(SiteOutput output) {
        for (Page plain : archive.pages()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(plain.language(), plain.title(), plain.description(), plain.sitePath()));
            model.put("content", new PlainPageView(plain.title(), plain.bodyHtml()));
            write(output, "page.ftlh", model, plain.sitePath(), null);
        }
    }

    private void renderNotFound(SiteOutput output) {
        Map<String, String> t = views.messages(site.language());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", views.noindex(views.page(site.language(), t.get("notFound.heading"),
                t.get("notFound.heading"), "404.html")));
        output.writeStreaming("404.html", out -> templates.render("404.ftlh", model, out));
    }

    private void renderFeeds(SiteOutput output) {
        Map<String, String> t = views.messages(site.language());
        String description = site.description().orElse(site.title());
        List<FeedItem> latest = claimItems(archive.claims());
        output.writeText("feed.xml", feeds.rss(channel(site.title(), description, "", "feed.xml"), latest));
        output.writeText("feed.json", feeds.jsonFeed(channel(site.title(), description, "", "feed.json"), latest));
        for (Tag tag : archive.tags()) {
            String title = site.title() + " – " + t.get("tag.heading").replace("{0}", tag.name());
            output.writeText(tag.sitePath() + "feed.xml", feeds.rss(
                    channel(title, title, tag.sitePath(), tag.sitePath() + "feed.xml"), claimItems(tag.claims())));
        }
        String corrections = site.title() + " – " + t.get("corrections.heading");
        output.writeText("corrections/feed.xml", feeds.rss(channel(corrections, t.get("corrections.intro"),
                "corrections/", "corrections/feed.xml"), correctionItems()));
    }

    private FeedWriter.Channel channel(String title, String description, String homePath, String feedPath) {
        return new FeedWriter.Channel(title, description, base.absolute(homePath), base.absolute(feedPath),
                site.language());
    }

    /** The newest claims (by checked date), as feed items; the verdict leads the title, since readers ignore JSON-LD. */
    private List<FeedItem> claimItems(List<Claim> claims) {
        List<FeedItem> items = new ArrayList<>();
        for (Claim claim : claims.subList(0, Math.min(claims.size(), site.feedSize()))) {
            ClaimView view = views.claim(claim);
            String url = base.absolute(claim.sitePath());
            List<String> categories = new ArrayList<>();
            categories.add(view.verdict().label());
            categories.addAll(claim.tags());
            String content = claim.summaryStandaloneHtml().orElseGet(() -> "<p>" + escape(claim.claim()) + "</p>");
            String title = views.messages(claim.language()).get("feed.itemTitle")
                    .replace("{verdict}", view.verdict().label()).replace("{title}", claim.title());
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

    /** The newest lastModified of {@code claims}, for the sitemap; null for none. */
    private static LocalDate newest(List<Claim> claims) {
        return claims.stream().map(Claim::lastModified).max(Comparator.naturalOrder()).orElse(null);
    }

    /** How many pages were kept as published because their model had not changed. */
    public int pagesKept() {
        return pagesKept.get();
    }

    /** Renders a page, unless the model is the one the published page was rendered from. */
    private void write(SiteOutput output, String template, Map<String, Object> model, String sitePath,
            LocalDate lastModified) {
        write(output, template, model, () -> model, sitePath, lastModified);
    }

    /**
     * Renders a page made by {@code model}, unless {@code key} (what determines that model, cheaper to make
     * and digest) is the one the published page was made from.
     */
    private void write(SiteOutput output, String template, Map<String, Object> key,
            Supplier<Map<String, Object>> model, String sitePath, LocalDate lastModified) {
        String digest = digests.of(template, key);
        keys.made(sitePath, digest);
        String file = sitePath + "index.html";
        if (keys.unchanged(sitePath, digest) && output.keep(file)) {
            pagesKept.incrementAndGet();
        } else {
            Map<String, Object> full = model.get();
            output.writeStreaming(file, out -> templates.render(template, full, out));
        }
        sitemap.add(sitePath, lastModified);
    }

    private void warnAboutMissingTranslations() {
        Set<String> languages = new TreeSet<>();
        languages.add(site.language());
        Map<String, Path> firstFile = new HashMap<>();
        for (Claim claim : archive.claims()) {
            languages.add(claim.language());
            firstFile.putIfAbsent(claim.language(), claim.file());
        }
        for (Page page : archive.pages()) {
            languages.add(page.language());
            firstFile.putIfAbsent(page.language(), page.file());
        }
        for (String language : languages) {
            if (!theme.translates(language)) {
                Path file = Optional.ofNullable(firstFile.get(language)).orElse(Path.of("site.yaml"));
                diagnostics.warning(file, 0, "the theme has no translation for `" + language + "` (i18n/"
                        + language + ".properties); its labels appear in English");
            }
        }
    }
}
