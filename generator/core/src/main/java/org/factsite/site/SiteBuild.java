package org.factsite.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.factsite.cache.BuildCache;
import org.factsite.cache.BuildInputs;
import org.factsite.config.BaseUrl;
import org.factsite.config.Hosting;
import org.factsite.config.LanguageConfig;
import org.factsite.config.SiteConfig;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.image.ImageCodecs;
import org.factsite.load.ContentLoader;
import org.factsite.model.Resource;
import org.factsite.load.LoadedContent;
import org.factsite.markdown.MarkdownEngine;
import org.factsite.model.Editions;
import org.factsite.parse.ClaimDraft;
import org.factsite.parse.ClaimParser;
import org.factsite.parse.PageDraft;
import org.factsite.parse.PageParser;
import org.factsite.parse.SiteConfigParser;
import org.factsite.parse.YamlReader;
import org.factsite.render.PageAhead;
import org.factsite.render.SiteRenderer;
import org.factsite.render.card.CardPainter;
import org.factsite.render.theme.Theme;
import org.factsite.validate.ArchiveValidator;
import org.factsite.validate.PublishingRule;
import org.factsite.validate.ShareCardChecks;
import org.factsite.validate.ThemeLanguageChecks;
import org.factsite.write.InPlaceSiteWriter;
import org.factsite.write.OutputLock;
import org.factsite.write.SiteOutput;
import org.factsite.write.StagedSiteWriter;

/**
 * One build, as a list of named steps. The same steps serve the three ways an archive is built:
 *
 * <pre>
 *   build:   checkFolders  open  load  parse  validate  theme | render  copyStaticFiles | commit (swap)  record
 *   preview: checkFolders  open  load  parse  validate  theme | render  copyStaticFiles | commit (in place)  record
 *   check:   checkContent  open  load  parse  validate  theme
 * </pre>
 *
 * Each step takes values and returns values; problems go to one {@link Diagnostics}, and the build stops
 * at each {@code |} if there are errors, so nothing is written. What may be reused from earlier builds is
 * asked of one {@link BuildCache} (none, on disk, in memory); no step knows which, and a failed build
 * closes it without recording, so it forgets what it learned.
 */
final class SiteBuild {

    /** More claims changed at once than this (a checkout, a search and replace): no page is worth making ahead. */
    private static final int MAX_PAGES_AHEAD = 8;

    private static final BaseUrl STAND_IN_BASE = new BaseUrl("https://site.invalid", "/");

    private final BuildRequest request;
    private final BuildCache cache;
    private final Diagnostics diagnostics = new Diagnostics();
    private final YamlReader yaml;
    /** Claim files parsed by this build; the others were unchanged and taken as an earlier build parsed them. */
    private final Set<Path> claimsParsed = ConcurrentHashMap.newKeySet();

    SiteBuild(BuildRequest request, BuildCache cache) {
        this.request = request;
        this.cache = cache;
        this.yaml = new YamlReader((int) Math.min(Integer.MAX_VALUE, request.maxFileBytes()));
    }

    /** Builds into a staging folder and swaps it with the output as a whole (the CLI, Maven). */
    BuildResult build() throws ContentErrorsException {
        checkFolders();
        try (OutputLock lock = OutputLock.acquire(request.outputDirectory()); cache) {
            StagedSiteWriter.finishInterruptedSwap(request.outputDirectory());
            Optional<SiteConfig> site = readSiteConfig();
            BuildInputs inputs = inputs(site);
            Optional<BuildCache.Summary> unchanged = cache.open(inputs, diagnostics);
            if (unchanged.isPresent()) {
                BuildCache.Summary last = unchanged.get();
                return new BuildResult(last.claims(), last.files(), last.bytes(), last.files(), last.warnings(), true, 0,
                        0, 0, site.map(SiteConfig::hosting).orElse(Hosting.DEFAULT).key());
            }
            LoadedContent content = load();
            Editions editions = parseAndValidate(content, site, inputs, true);
            Optional<Path> themeFolder = theme(editions.main().site());
            stopOnErrors();
            try (Theme theme = Theme.open(themeFolder);
                    StagedSiteWriter writer = StagedSiteWriter.begin(request.outputDirectory())) {
                SiteRenderer rendered = renderer(editions, theme);
                rendered.renderAll(writer);
                copyStaticFiles(content, writer);
                Hosting host = editions.main().site().hosting();
                HostLimits.check(host, writer.size(), request.contentDirectory().resolve(ContentLoader.SITE_CONFIG),
                        diagnostics);
                stopOnErrors();
                writer.commit();
                record(editions, writer.filesWritten(), writer.bytesWritten(), Set.of());
                return new BuildResult(editions.claimCount(), writer.filesWritten(), writer.bytesWritten(),
                        writer.filesUnchanged(), diagnostics.warnings(), false, rendered.pagesKept(), claimsParsed.size(),
                        rendered.cardsDrawn(), host.key());
            }
        }
    }

    /**
     * Builds into the preview's folder, in place, writing only files whose bytes changed. When only a few claim
     * files changed, their pages are handed to {@code ahead} before the rest is made (the author's page shows the
     * edit sooner); the site on disk changes only when the whole build succeeded.
     */
    PreviewBuild preview(Consumer<List<PageAhead>> ahead) throws ContentErrorsException {
        long start = System.nanoTime();
        checkFolders();
        try (cache) {
            Optional<SiteConfig> site = readSiteConfig();
            BuildInputs inputs = inputs(site);
            cache.open(inputs, diagnostics);
            LoadedContent content = load();
            Editions editions = parseAndValidate(content, site, inputs, true);
            Optional<Path> themeFolder = theme(editions.main().site());
            stopOnErrors();
            InPlaceSiteWriter writer = new InPlaceSiteWriter(request.outputDirectory(),
                    cache.outputFiles().orElse(null));
            boolean committed = false;
            try (Theme theme = Theme.open(themeFolder)) {
                SiteRenderer renderer = renderer(editions, theme);
                List<PageAhead> madeAhead = pagesAhead(renderer);
                if (!madeAhead.isEmpty()) {
                    ahead.accept(madeAhead);
                }
                renderer.renderAll(writer);
                int kept = renderer.pagesKept();
                copyStaticFiles(content, writer);
                stopOnErrors();
                writer.finish();
                committed = true;
                record(editions, writer.filesWritten(), writer.bytesWritten(), writer.produced());
                Set<String> changed = writer.changed();
                return new PreviewBuild(editions.claimCount(), writer.filesWritten(), changed, kept,
                        diagnostics.warnings(), (System.nanoTime() - start) / 1_000_000,
                        editions.main().site().baseUrl().pathTo(""), stillCurrent(madeAhead, changed));
            } finally {
                if (!committed) {
                    writer.abandon(); // the served site stays the last good one
                }
            }
        }
    }

    /** The archive, parsed and validated as a build would (Markdown rendered, for the links in the text). */
    Editions archive() throws ContentErrorsException {
        checkContentFolder();
        try (cache) {
            Optional<SiteConfig> site = readSiteConfig();
            BuildInputs inputs = inputs(site);
            cache.open(inputs, diagnostics);
            Editions editions = parseAndValidate(load(), site, inputs, true);
            stopOnErrors();
            return editions;
        }
    }

    /** Loads, parses and validates the archive and checks the theme folder; renders and writes nothing. */
    CheckResult check() throws ContentErrorsException {
        checkContentFolder();
        try (cache) {
            Optional<SiteConfig> site = readSiteConfig();
            BuildInputs inputs = inputs(site);
            if (Files.isDirectory(request.contentDirectory())) {
                cache.open(inputs, diagnostics);
            }
            LoadedContent content = load();
            // A check renders nothing, so Markdown is parsed for its citations but not rendered.
            Editions editions = parseAndValidate(content, site, inputs, false);
            theme(editions.main().site());
            stopOnErrors();
            return new CheckResult(content.claims().size(), content.pages().size(), diagnostics.warnings(),
                    claimsParsed.size());
        }
    }

    // The steps, in order.

    /**
     * The output folder is replaced as a whole, so it must not hold anything else of the archive: not the
     * content, not the theme, not the project around them, and it must not lie inside the content.
     */
    private void checkFolders() throws ContentErrorsException {
        Path content = request.contentDirectory();
        Path output = request.outputDirectory();
        checkContentFolder();
        String fix = "; choose an output folder of its own, such as target/site";
        if (output.getParent() == null) {
            diagnostics.error(output, 0, "the output folder is the root of the file system" + fix);
        } else if (content.startsWith(output)) {
            diagnostics.error(output, 0, "the output folder " + (content.equals(output) ? "is" : "contains")
                    + " the content folder, and would be replaced by the site" + fix);
        } else if (output.startsWith(content)) {
            diagnostics.error(output, 0, "the output folder is inside the content folder" + fix);
        } else if (request.themeDirectory().filter(theme -> theme.startsWith(output)).isPresent()) {
            diagnostics.error(output, 0, "the output folder contains the theme folder, and would replace it" + fix);
        }
        stopOnErrors();
    }

    private void checkContentFolder() {
        if (!Files.isDirectory(request.contentDirectory())) {
            diagnostics.error(request.contentDirectory(), 0, "there is no content folder here (expected at "
                    + request.contentDirectory() + "); run the command in the archive's "
                    + "folder, the one holding content/ with its site.yaml, or point contentDirectory (the CLI's "
                    + "--content) at it");
        }
    }

    /** site.yaml, read and parsed once, first: the build's inputs and every later step depend on it. */
    private Optional<SiteConfig> readSiteConfig() {
        ContentFile file = new ContentLoader(request.maxFileBytes()).readSiteConfig(request.contentDirectory(),
                diagnostics);
        return file == null ? Optional.empty() : new SiteConfigParser(yaml).parse(file, request.baseUrl(), request.hosting(),
                diagnostics);
    }

    /**
     * What the output depends on besides the files, made once: the options, today where the desk is (in UTC, the
     * build machine's day, a claim due at midnight in Hanoi would wait until 07:00; UTC only while site.yaml
     * cannot be read, and such a build fails before it records anything), and the parse settings.
     */
    private BuildInputs inputs(Optional<SiteConfig> site) {
        String options = "drafts=" + request.includeDrafts() + "|future=" + request.includeFuture() + "|strict="
                + request.strict() + "|maxFileBytes=" + request.maxFileBytes() + "|baseUrl="
                + request.baseUrl().orElse("") + "|theme=" + request.themeDirectory().map(Path::toString).orElse("")
                + "|hosting=" + request.hosting().orElse("");
        LocalDate today = LocalDate.now(request.clock().withZone(site.map(SiteConfig::timezone).orElse(ZoneOffset.UTC)));
        List<LanguageConfig> languages = site.map(SiteConfig::languages).orElse(List.of());
        // Everything besides the file that a claim's parse depends on. (A check's parse, without rendering, is
        // never kept, and a build's serves a check.)
        String parsing = site.map(SiteConfig::baseUrl).orElse(STAND_IN_BASE) + "|" + site.map(SiteConfig::rawHtml)
                .orElse(false) + "|" + inlineRefused(site) + "|" + request.maxFileBytes() + "|" + (languages.size() > 1
                ? String.join(",", languages.stream().map(l -> l.code() + "=" + l.path()).toList()) : "");
        return new BuildInputs(options, today, parsing);
    }

    /** Whether pages carry the theme's policy, which refuses inline styles and scripts (a desk's may allow them). */
    private static boolean inlineRefused(Optional<SiteConfig> site) {
        return site.map(s -> s.contentSecurityPolicy().isEmpty()).orElse(true);
    }

    private LoadedContent load() {
        return new ContentLoader(request.maxFileBytes()).load(request.contentDirectory(), diagnostics);
    }

    /**
     * Parses and checks everything into the archive. A method of its own so that the drafts are garbage
     * before rendering starts: at 100,000 claims they would double the memory in use.
     */
    private Editions parseAndValidate(LoadedContent content, Optional<SiteConfig> site, BuildInputs inputs,
            boolean renderMarkdown) throws ContentErrorsException {
        // Raw HTML in Markdown is left out unless site.yaml trusts its authors with it.
        MarkdownEngine markdown = new MarkdownEngine(site.map(SiteConfig::rawHtml).orElse(false), inlineRefused(site));
        // Without a valid site.yaml the claims are still checked (every error in one run), against a stand-in
        // address; nothing is written in that case.
        List<ClaimDraft> drafts = parseClaims(content, markdown, site.map(SiteConfig::baseUrl).orElse(STAND_IN_BASE),
                site.map(SiteConfig::languages).orElse(List.of()), renderMarkdown);
        List<PageDraft> pages = parsePages(content, markdown, site.map(SiteConfig::languages).orElse(List.of()));
        if (site.isEmpty()) {
            stopOnErrors(); // verdicts cannot be checked without the site's scale
        }
        return validate(site.orElseThrow(), content, drafts, pages, inputs.today());
    }

    /**
     * Reads and parses claim files in parallel (they are independent), each with its own diagnostics, merged
     * in file order so that neither the drafts nor the report depend on scheduling. A file's text is garbage
     * once it is parsed.
     */
    private List<ClaimDraft> parseClaims(LoadedContent content, MarkdownEngine markdown, BaseUrl base,
            List<LanguageConfig> languages, boolean renderMarkdown) {
        ClaimParser parser = new ClaimParser(yaml, markdown, base, renderMarkdown, languages);
        ContentLoader loader = new ContentLoader(request.maxFileBytes());
        ImageCodecs images = new ImageCodecs();
        List<BuildCache.Parsed> parsed = content.claimFiles().parallelStream().map(listed -> {
            Path path = listed.file();
            List<Resource> resources = loader.resources(path, content, images);
            return cache.parsed(listed, resources).orElseGet(() -> {
                claimsParsed.add(path);
                Diagnostics own = new Diagnostics();
                ContentFile file = loader.read(path, own);
                Optional<ClaimDraft> draft = file == null ? Optional.empty() : parser.parse(file, resources, own);
                BuildCache.Parsed result = new BuildCache.Parsed(draft, own.sorted());
                cache.parsedNow(path, resources, result);
                return result;
            });
        }).toList();
        cache.parsingDone();
        List<ClaimDraft> drafts = new ArrayList<>(parsed.size());
        for (BuildCache.Parsed p : parsed) {
            p.diagnostics().forEach(diagnostics::add);
            p.draft().ifPresent(drafts::add);
        }
        return drafts;
    }

    private List<PageDraft> parsePages(LoadedContent content, MarkdownEngine markdown, List<LanguageConfig> languages) {
        PageParser parser = new PageParser(yaml, markdown, languages);
        List<PageDraft> pages = new ArrayList<>();
        for (ContentFile file : content.pages()) {
            parser.parse(file, diagnostics).ifPresent(pages::add);
        }
        return pages;
    }

    /** Drafts with parse errors are validated too, so one run reports every problem. */
    private Editions validate(SiteConfig site, LoadedContent content, List<ClaimDraft> drafts, List<PageDraft> pages,
            LocalDate today) throws ContentErrorsException {
        Optional<Editions> validated = new ArchiveValidator(new PublishingRule(request.includeDrafts(),
                request.includeFuture(), today), cache.checkWork())
                .validate(site, content.contentDirectory().resolve(ContentLoader.SITE_CONFIG), drafts, pages,
                        diagnostics);
        stopOnErrors();
        return validated.orElseThrow();
    }

    /** The build's theme folder: the request's, else {@code themes/<name>} beside the content folder. */
    private Optional<Path> theme(SiteConfig site) {
        if (request.themeDirectory().isPresent()) {
            Path theme = request.themeDirectory().get();
            if (!Files.isDirectory(theme)) {
                diagnostics.error(theme, 0, "the theme folder does not exist; fix themeDirectory or remove it to "
                        + "use the bundled theme");
            }
            return Optional.of(theme);
        }
        if (site.theme().isEmpty() || site.theme().get().equals("default")) {
            return Optional.empty();
        }
        Path theme = ContentLoader.themesFolder(request.contentDirectory()).resolve(site.theme().get())
                .normalize();
        if (!Files.isDirectory(theme)) {
            diagnostics.error(request.contentDirectory().resolve(ContentLoader.SITE_CONFIG), 0, "`theme: "
                    + site.theme().get() + "` names no folder " + theme + "; create it or remove `theme:` to use "
                    + "the bundled theme");
        }
        return Optional.of(theme);
    }

    /** The renderer of every page, once the checks that need the theme passed; it counts what it kept and drew. */
    private SiteRenderer renderer(Editions editions, Theme theme) throws ContentErrorsException {
        ThemeLanguageChecks.check(editions, theme::translates, diagnostics); // the first step that knows the theme
        CardPainter painter = cardPainter(theme, editions);
        ShareCardChecks.check(editions, request.contentDirectory().resolve(ContentLoader.SITE_CONFIG),
                painter::undrawable, diagnostics);
        return new SiteRenderer(editions, theme, painter, diagnostics, cache.pageKeys());
    }

    /** After an edit of a few claims, their pages, made before the rest (only the preview shows them first). */
    private List<PageAhead> pagesAhead(SiteRenderer renderer) {
        return claimsParsed.isEmpty() || claimsParsed.size() > MAX_PAGES_AHEAD ? List.of()
                : renderer.claimPages(claimsParsed);
    }

    /**
     * The pages made ahead that a browser showing them need not load again when the build is done: their bytes
     * are the build's, and neither a stylesheet or script nor an image of theirs changed since.
     */
    private static Set<String> stillCurrent(List<PageAhead> pages, Set<String> changed) {
        if (changed.stream().anyMatch(path -> path.endsWith(".css") || path.endsWith(".js"))) {
            return Set.of();
        }
        return pages.stream().filter(page -> page.resources().stream().noneMatch(changed::contains))
                .map(PageAhead::address).collect(Collectors.toSet());
    }

    /** The share cards' painter in the theme's style; a style the theme gets wrong is an error naming it. */
    private CardPainter cardPainter(Theme theme, Editions editions) throws ContentErrorsException {
        try {
            return CardPainter.of(theme, editions.main().site().publisher().logoFile()
                    .map(logo -> request.contentDirectory().resolve(ContentLoader.STATIC_FOLDER).resolve(logo)));
        } catch (IllegalArgumentException e) {
            diagnostics.error(e instanceof CardPainter.UnreadableLogo ? request.contentDirectory().resolve(ContentLoader.SITE_CONFIG)
                    : request.themeDirectory().orElse(Path.of("theme")).resolve("card/card.properties"), 0,
                    e.getMessage());
            stopOnErrors();
            throw e; // not reached: stopOnErrors throws on the error just added
        }
    }

    /**
     * {@code content/static/**} goes to the site root as it is (favicon, logo, downloads). A static file never
     * replaces a page FactSite wrote: that would hide content, so it is an error.
     */
    private void copyStaticFiles(LoadedContent content, SiteOutput writer) {
        Path folder = content.contentDirectory().resolve(ContentLoader.STATIC_FOLDER);
        for (Path file : content.staticFiles()) {
            String sitePath = folder.relativize(file).toString().replace('\\', '/');
            if (writer.produced(sitePath)) {
                diagnostics.error(file, 0, "this static file would replace `" + sitePath + "`, which FactSite "
                        + "generates; rename or move it");
            } else {
                writer.copyFile(sitePath, file);
            }
        }
    }

    private void record(Editions editions, long files, long bytes, Set<String> outputFiles) {
        cache.record(new BuildCache.Summary(editions.claimCount(), files, bytes, diagnostics.warnings(), outputFiles),
                diagnostics);
    }

    /** Stops the build when there are errors, or in strict mode any warning. */
    private void stopOnErrors() throws ContentErrorsException {
        if (request.strict() && !diagnostics.warnings().isEmpty()) {
            throw new ContentErrorsException(diagnostics.sortedStrict(), request.reportRoot());
        }
        if (diagnostics.hasErrors()) {
            throw new ContentErrorsException(diagnostics.sorted(), request.reportRoot());
        }
    }
}
