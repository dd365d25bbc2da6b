package org.factsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.factsite.config.BaseUrl;
import org.factsite.config.SiteConfig;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Severity;
import org.factsite.incremental.BuildRecord;
import org.factsite.incremental.Fingerprint;
import org.factsite.incremental.InputIndex;
import org.factsite.incremental.ParsedClaimsFile;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.load.ContentLoader;
import org.factsite.load.LoadedContent;
import org.factsite.markdown.MarkdownEngine;
import org.factsite.model.Archive;
import org.factsite.parse.ClaimDraft;
import org.factsite.parse.ClaimParser;
import org.factsite.parse.PageDraft;
import org.factsite.parse.PageParser;
import org.factsite.parse.SiteConfigParser;
import org.factsite.parse.YamlReader;
import org.factsite.render.ListViewKeys;
import org.factsite.render.SiteRenderer;
import org.factsite.render.Theme;
import org.factsite.validate.ArchiveValidator;
import org.factsite.validate.PublishingRule;
import org.factsite.write.InPlaceSiteWriter;
import org.factsite.write.OutputLock;
import org.factsite.write.SiteOutput;
import org.factsite.write.StagedSiteWriter;

/**
 * One build, as a list of steps: load, parse, validate, render, write. Each step reports problems to one
 * {@link Diagnostics}; the build stops before rendering if any step found errors, so nothing is written.
 */
final class SiteBuild {

    /** The record of the last successful build, in the staging folder. */
    static final String RECORD = "last-build.txt";
    /** The content folder's label in the input index, which names its files {@code content:claims/a.md}. */
    private static final String CONTENT_LABEL = "content";
    private static final String CONTENT_INPUT = CONTENT_LABEL + ":";
    /** The input index's names of claim files (and their folders' files) start so. */
    private static final String CLAIM_INPUT = CONTENT_INPUT + ContentLoader.CLAIMS_FOLDER + "/";
    /** The parsed claims of the last successful build, in the staging folder. */
    static final String PARSED_CLAIMS = "parsed-claims.bin";
    private static final BaseUrl STAND_IN_BASE = new BaseUrl("https://site.invalid", "/");

    private final BuildRequest request;
    private final Diagnostics diagnostics = new Diagnostics();
    private MarkdownEngine markdown;
    private final YamlReader yaml;

    /** Parsed claims kept between the builds of a preview; null for a one-off build. */
    private final DraftCache cache;
    /** A check renders nothing, so claims are parsed without rendering their Markdown. */
    private boolean checkOnly;
    /**
     * For a one-off build: each claim file's SHA-256 (from the input index), the key of the parsed claims
     * kept on disk by the last build; null otherwise.
     */
    private Map<Path, String> claimHashes;
    /** The generator's code, as a digest: output and parsed claims of other code are never reused. */
    private String code = "";
    private String options = "";
    private final AtomicInteger claimsParsed = new AtomicInteger();
    private CompletableFuture<Void> parsedClaimsWritten = CompletableFuture.completedFuture(null);

    SiteBuild(BuildRequest request) {
        this(request, null);
    }

    SiteBuild(BuildRequest request, DraftCache cache) {
        this.request = request;
        this.cache = cache;
        this.yaml = new YamlReader((int) Math.min(Integer.MAX_VALUE, request.maxFileBytes()));
    }

    BuildResult run() throws ContentErrorsException {
        checkFolders();
        try (OutputLock lock = OutputLock.acquire(request.outputDirectory())) {
            return runLocked();
        }
    }

    private BuildResult runLocked() throws ContentErrorsException {
        Path recordFile = StagedSiteWriter.stagingFolder(request.outputDirectory()).resolve(RECORD);
        StringBuilder unreadable = new StringBuilder();
        Optional<BuildRecord> last = BuildRecord.read(recordFile, unreadable);
        if (unreadable.length() > 0) {
            diagnostics.warning(recordFile, 0, unreadable + "; the site is built in full");
        }
        long indexedAt = System.currentTimeMillis(); // only to know which file times can be trusted next time
        List<BuildRecord.InputFile> inputs = InputIndex.of(inputFolders(),
                last.map(BuildRecord::inputs).orElse(List.of()), last.map(BuildRecord::writtenAt).orElse(0L));
        code = new Fingerprint().addCode(SiteBuild.class).hex();
        options = options();
        String fingerprint = fingerprint(options, inputs);
        Optional<BuildResult> unchanged = last.flatMap(record -> upToDate(record, fingerprint));
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        claimHashes = claimHashes(inputs);
        Path parsedNow = parsedClaimsFile().resolveSibling(PARSED_CLAIMS + ".new");
        try {
            return build(last, inputs, indexedAt, fingerprint, recordFile, parsedNow);
        } finally {
            try {
                parsedClaimsWritten.exceptionally(e -> null).join();
                Files.deleteIfExists(parsedNow); // moved into place on success, dropped otherwise
            } catch (IOException e) {
                diagnostics.warning(parsedNow, 0, "cannot remove this temporary file: " + e.getMessage());
            }
        }
    }

    private BuildResult build(Optional<BuildRecord> last, List<BuildRecord.InputFile> inputs, long indexedAt,
            String fingerprint, Path recordFile, Path parsedNow) throws ContentErrorsException {
        LoadedContent content = new ContentLoader(request.maxFileBytes()).load(request.contentDirectory(), diagnostics);
        Archive archive = parseAndValidate(content);
        Optional<Path> siteTheme = themeDirectory(archive.site());
        stopOnErrors();
        String renderKey = renderKey(options, inputs);
        // Pages whose model is unchanged are kept only when everything else they depend on is the same and
        // the published site is exactly what the last build left.
        Map<String, String> previousPages = last
                .filter(record -> record.renderKey().equals(renderKey) && record.outputIntact(request.outputDirectory()))
                .map(BuildRecord::pages).orElse(Map.of());
        try (Theme theme = Theme.open(siteTheme);
                StagedSiteWriter writer = StagedSiteWriter.begin(request.outputDirectory())) {
            SiteRenderer renderer = new SiteRenderer(archive, theme, diagnostics, previousPages);
            renderer.renderAll(writer);
            copyStaticFiles(content, writer);
            stopOnErrors();
            writer.commit();
            parsedClaimsWritten.join();
            moveIntoPlace(parsedNow, parsedClaimsFile());
            List<BuildRecord.Warning> warnings = diagnostics.warnings().stream()
                    .map(w -> new BuildRecord.Warning(w.file().toString(), w.line(), w.message())).toList();
            new BuildRecord(fingerprint, indexedAt, archive.claims().size(), writer.filesWritten(),
                    writer.bytesWritten(), warnings, inputs, BuildRecord.listing(request.outputDirectory()),
                    renderKey, renderer.pageDigests()).write(recordFile);
            return new BuildResult(archive.claims().size(), writer.filesWritten(), writer.bytesWritten(),
                    writer.filesUnchanged(), diagnostics.warnings(), false, renderer.pagesKept(),
                    claimsParsed.get());
        }
    }

    /** Loads, parses and validates the archive, and checks the theme folder; renders and writes nothing. */
    CheckResult check() throws ContentErrorsException {
        checkOnly = true;
        checkContentFolder();
        if (Files.isDirectory(request.contentDirectory())) {
            // Claims the last build parsed are read, not parsed again; a check writes nothing, not even those.
            code = new Fingerprint().addCode(SiteBuild.class).hex();
            Path recordFile = StagedSiteWriter.stagingFolder(request.outputDirectory()).resolve(RECORD);
            Optional<BuildRecord> last = BuildRecord.read(recordFile, new StringBuilder());
            claimHashes = claimHashes(InputIndex.of(inputFolders(), last.map(BuildRecord::inputs).orElse(List.of()),
                    last.map(BuildRecord::writtenAt).orElse(0L)));
        }
        LoadedContent content = new ContentLoader(request.maxFileBytes()).load(request.contentDirectory(), diagnostics);
        Archive archive = parseAndValidate(content);
        themeDirectory(archive.site());
        stopOnErrors();
        return new CheckResult(content.claims().size(), content.pages().size(), diagnostics.warnings(),
                claimsParsed.get());
    }

    /**
     * A preview build: parses only claim files that changed since the last one ({@code cache}), renders only
     * pages whose model changed (the page digests in {@code last}, valid only under the same render key), and
     * updates the output folder in place.
     */
    PreviewMemory.Step preview(PreviewMemory last) throws ContentErrorsException {
        long start = System.nanoTime();
        checkFolders();
        LoadedContent content = new ContentLoader(request.maxFileBytes()).load(request.contentDirectory(), diagnostics);
        Archive archive = parseAndValidate(content);
        cache.retainOnly(content.claims());
        Optional<Path> siteTheme = themeDirectory(archive.site());
        stopOnErrors();
        String renderKey = previewRenderKey(siteTheme);
        InPlaceSiteWriter writer = new InPlaceSiteWriter(request.outputDirectory(), last.siteFiles());
        boolean finished = false;
        try (Theme theme = Theme.open(siteTheme)) {
            boolean sameFrame = renderKey.equals(last.renderKey());
            SiteRenderer renderer = new SiteRenderer(archive, theme, diagnostics,
                    sameFrame ? last.pageDigests() : Map.of(), sameFrame ? last.listViewKeys() : new ListViewKeys());
            renderer.renderAll(writer);
            copyStaticFiles(content, writer);
            stopOnErrors();
            writer.finish();
            finished = true;
            PreviewBuild build = new PreviewBuild(archive.claims().size(), writer.filesWritten(), writer.changed(),
                    renderer.pagesKept(), diagnostics.warnings(), (System.nanoTime() - start) / 1_000_000,
                    archive.site().baseUrl().pathTo(""));
            return new PreviewMemory.Step(build, new PreviewMemory(renderKey, renderer.pageDigests(), writer.produced(),
                    renderer.listViewKeys()));
        } finally {
            if (!finished) {
                writer.abandon(); // the served site stays the last good one, which the memory describes
            }
        }
    }

    /**
     * In a preview the code and options stay the same; what else every page depends on is the theme and the
     * content outside {@code claims/}: few files, compared by size and modification time.
     */
    private String previewRenderKey(Optional<Path> siteTheme) {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put(CONTENT_LABEL, request.contentDirectory());
        siteTheme.ifPresent(theme -> folders.put("theme", theme));
        Fingerprint f = new Fingerprint();
        InputIndex.stamps(folders, path -> !path.startsWith(CLAIM_INPUT))
                .forEach(stamp -> f.add("file", stamp));
        return f.hex();
    }

    /**
     * Parses and checks everything into the archive. A method of its own so that the drafts are garbage
     * before rendering starts: at 100,000 claims they would double the memory in use.
     */
    private Archive parseAndValidate(LoadedContent content) throws ContentErrorsException {
        Optional<SiteConfig> site = parseSiteConfig(content);
        // Raw HTML in Markdown is left out unless site.yaml trusts its authors with it.
        markdown = new MarkdownEngine(site.map(SiteConfig::rawHtml).orElse(false));
        // Without a valid site.yaml the claims are still checked (every error in one run), against a stand-in
        // address; nothing is written in that case.
        List<ClaimDraft> drafts = parseClaims(content, site.map(SiteConfig::baseUrl).orElse(STAND_IN_BASE));
        List<PageDraft> pages = parsePages(content);
        if (site.isEmpty()) {
            stopOnErrors(); // verdicts cannot be checked without the site's scale
        }
        // Drafts with parse errors are validated too, so one run reports every problem.
        Optional<Archive> validated = new ArchiveValidator(
                new PublishingRule(request.includeDrafts(), request.includeFuture(), request.clock()))
                .validate(site.orElseThrow(), content.contentDirectory().resolve(ContentLoader.SITE_CONFIG), drafts,
                        pages, diagnostics);
        stopOnErrors();
        return validated.orElseThrow();
    }

    /** The folders whose files the output depends on: the content, and any site theme. */
    private Map<String, Path> inputFolders() {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put(CONTENT_LABEL, request.contentDirectory());
        request.themeDirectory().ifPresent(theme -> folders.put("theme", theme));
        folders.put("themes", request.contentDirectory().resolveSibling("themes"));
        return folders;
    }

    /**
     * Everything the output depends on: the generator's code (the bundled theme is part of it), the options,
     * "today" (claims dated in the future publish when it comes), and every input file's content.
     */
    private String fingerprint(String options, List<BuildRecord.InputFile> inputs) {
        Fingerprint f = new Fingerprint().add("options", options);
        inputs.forEach(input -> f.add(input.path(), input.sha256()));
        return f.hex();
    }

    /** The generator's code, the build's options and today. */
    private String options() {
        return new Fingerprint().add("code", code)
                .add("drafts", Boolean.toString(request.includeDrafts()))
                .add("future", Boolean.toString(request.includeFuture()))
                .add("strict", Boolean.toString(request.strict()))
                .add("maxFileBytes", Long.toString(request.maxFileBytes()))
                .add("baseUrl", request.baseUrl().orElse(""))
                .add("theme", request.themeDirectory().map(Path::toString).orElse(""))
                .add("today", today().toString()).hex();
    }

    /**
     * Today where the desk is, as publishing reckons it: in site.yaml's time zone (in UTC, the build machine's
     * day, a claim due at midnight in Hanoi would wait until 07:00). UTC only while site.yaml cannot be read,
     * and such a build fails before it records anything.
     */
    private LocalDate today() {
        Diagnostics ignored = new Diagnostics();
        ContentFile file = new ContentLoader(request.maxFileBytes())
                .read(request.contentDirectory().resolve(ContentLoader.SITE_CONFIG), ignored);
        Optional<SiteConfig> site = file == null ? Optional.empty()
                : new SiteConfigParser(yaml).parse(file, request.baseUrl(), ignored);
        return LocalDate.now(request.clock().withZone(site.map(SiteConfig::timezone).orElse(java.time.ZoneOffset.UTC)));
    }

    /**
     * What every page depends on besides its own model: the fingerprint without the claim files (a claim
     * reaches other pages only through their models).
     */
    private String renderKey(String options, List<BuildRecord.InputFile> inputs) {
        Fingerprint f = new Fingerprint().add("options", options);
        inputs.stream().filter(input -> !input.path().startsWith(CLAIM_INPUT))
                .forEach(input -> f.add(input.path(), input.sha256()));
        return f.hex();
    }

    /**
     * The last build's result when its inputs were the same and its output is untouched: then nothing is
     * rendered and no file is written, so published files keep their bytes and modification times.
     */
    private Optional<BuildResult> upToDate(BuildRecord last, String fingerprint) {
        if (!last.fingerprint().equals(fingerprint) || !last.outputIntact(request.outputDirectory())) {
            return Optional.empty();
        }
        List<Diagnostic> warnings = last.warnings().stream()
                .map(w -> new Diagnostic(Path.of(w.file()), w.line(), Severity.WARNING, w.message()))
                .toList();
        return Optional.of(new BuildResult(last.claims(), 0, 0, last.files(), warnings, true, 0, 0));
    }

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
            diagnostics.error(request.contentDirectory(), 0, "the content folder does not exist; create it with a "
                    + "site.yaml and a claims/ folder, or point contentDirectory at it");
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

    private Optional<SiteConfig> parseSiteConfig(LoadedContent content) {
        ContentFile file = content.siteConfig();
        return file == null ? Optional.empty()
                : new SiteConfigParser(yaml).parse(file, request.baseUrl(), diagnostics);
    }

    /**
     * Reads and parses claim files in parallel (they are independent), each with its own diagnostics, merged
     * in file order so that neither the drafts nor the report depend on scheduling. A file's text is garbage
     * once it is parsed.
     */
    private List<ClaimDraft> parseClaims(LoadedContent content, BaseUrl base) {
        ClaimParser parser = new ClaimParser(yaml, markdown, base, !checkOnly);
        record Parsed(Path path, Object stamp, Optional<ClaimDraft> draft, Diagnostics diagnostics) {
        }
        ContentLoader loader = new ContentLoader(request.maxFileBytes());
        String parseKey = code + "|" + base + "|" + markdown.rawHtml() + "|" + request.maxFileBytes();
        // The preview keeps parsed claims in memory (keyed by file times); a one-off build keeps them on disk,
        // keyed by content.
        DraftCache drafts = cache != null ? cache : claimHashes != null ? lastParsedClaims(parseKey) : null;
        if (drafts != null) {
            drafts.useParseKey(parseKey);
        }
        List<Parsed> parsed = content.claims().parallelStream()
                .map(path -> {
                    Object stamp = drafts == null ? null : cache != null ? DraftCache.stamp(path) : claimHashes.get(path);
                    Optional<DraftCache.Entry> cached = drafts == null ? Optional.empty()
                            : drafts.lookup(path, stamp, content.resourcesOf(path));
                    if (cached.isPresent()) {
                        return new Parsed(path, stamp, cached.get().draft(), cached.get().diagnostics());
                    }
                    claimsParsed.incrementAndGet();
                    Diagnostics own = new Diagnostics();
                    ContentFile file = loader.read(path, own);
                    Parsed result = new Parsed(path, stamp, file == null ? Optional.empty()
                            : parser.parse(file, content.resourcesOf(path), own), own);
                    if (cache != null) {
                        cache.store(path, new DraftCache.Entry(stamp, content.resourcesOf(path), result.draft(), own));
                    }
                    return result;
                })
                .toList();
        if (cache == null && claimHashes != null && !checkOnly) {
            Map<Path, ParsedClaimsFile.Entry> entries = new LinkedHashMap<>();
            for (Parsed p : parsed) {
                if (p.stamp() != null) {
                    entries.put(p.path(), new ParsedClaimsFile.Entry((String) p.stamp(), content.resourcesOf(p.path()),
                            p.draft(), p.diagnostics().sorted()));
                }
            }
            Path next = parsedClaimsFile().resolveSibling(PARSED_CLAIMS + ".new");
            try {
                Files.createDirectories(next.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + next.getParent(), e);
            }
            // Written while the build validates and renders; the drafts are immutable.
            parsedClaimsWritten = CompletableFuture.runAsync(() -> ParsedClaimsFile.write(next, parseKey, entries),
                    runnable -> {
                        Thread thread = new Thread(runnable, "factsite-parsed-claims");
                        thread.setDaemon(true);
                        thread.start();
                    });
        }
        List<ClaimDraft> result = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            diagnostics.addAll(p.diagnostics());
            p.draft().ifPresent(result::add);
        }
        return result;
    }

    /** The claims the last build parsed, as a cache keyed by content; empty if there are none for this key. */
    private DraftCache lastParsedClaims(String parseKey) {
        DraftCache drafts = new DraftCache();
        drafts.useParseKey(parseKey);
        StringBuilder unreadable = new StringBuilder();
        ParsedClaimsFile.read(parsedClaimsFile(), parseKey, unreadable).forEach((path, entry) -> {
            Diagnostics own = new Diagnostics();
            entry.diagnostics().forEach(own::add);
            drafts.store(path, new DraftCache.Entry(entry.sha256(), entry.resources(), entry.draft(), own));
        });
        if (unreadable.length() > 0) {
            diagnostics.warning(parsedClaimsFile(), 0, unreadable.toString());
        }
        return drafts;
    }

    private Path parsedClaimsFile() {
        return StagedSiteWriter.stagingFolder(request.outputDirectory()).resolve(PARSED_CLAIMS);
    }

    /** Each claim file's content hash from the input index, by its path. */
    private Map<Path, String> claimHashes(List<BuildRecord.InputFile> inputs) {
        Map<Path, String> hashes = new HashMap<>();
        for (BuildRecord.InputFile input : inputs) {
            if (input.path().startsWith(CLAIM_INPUT)) {
                hashes.put(request.contentDirectory().resolve(input.path().substring(CONTENT_INPUT.length())),
                        input.sha256());
            }
        }
        return hashes;
    }

    private static void moveIntoPlace(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    private List<PageDraft> parsePages(LoadedContent content) {
        PageParser parser = new PageParser(yaml, markdown);
        List<PageDraft> pages = new ArrayList<>();
        for (ContentFile file : content.pages()) {
            parser.parse(file, diagnostics).ifPresent(pages::add);
        }
        return pages;
    }

    /** The build's theme folder: the request's, else {@code themes/<name>} beside the content folder. */
    private Optional<Path> themeDirectory(SiteConfig site) {
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
        Path theme = request.contentDirectory().resolveSibling("themes").resolve(site.theme().get()).normalize();
        if (!Files.isDirectory(theme)) {
            diagnostics.error(request.contentDirectory().resolve(ContentLoader.SITE_CONFIG), 0, "`theme: "
                    + site.theme().get() + "` names no folder " + theme + "; create it or remove `theme:` to use "
                    + "the bundled theme");
        }
        return Optional.of(theme);
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
