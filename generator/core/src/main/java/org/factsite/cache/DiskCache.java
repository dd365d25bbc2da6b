package org.factsite.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.FileWalk;
import org.factsite.diagnostic.Severity;
import org.factsite.model.Claim;
import org.factsite.render.unit.PageKeys;
import org.factsite.validate.CheckWork;
import org.factsite.model.Resource;

/**
 * The command line's and Maven's cache: what the last successful build left beside its output, in the
 * staging folder ({@code site.staging}). A record ({@link BuildRecord}: the fingerprint of every input and
 * option, an index of the input files, the output's listing, each page's key) and the parsed claims
 * ({@link ParsedClaimsFile}, each under its file's SHA-256). A record or file that is missing, damaged or of
 * other code is ignored: the build is then a clean one.
 */
public final class DiskCache implements BuildCache {

    static final String RECORD = "last-build.txt";
    static final String PARSED_CLAIMS = "parsed-claims.bin";

    private final Path output;
    private final Path content;
    private final Map<String, Path> inputFolders;
    private final Path recordFile;
    private final Path parsedFile;
    private final Path parsedNext;
    /** A check reads what the last build left and writes nothing. */
    private final boolean readOnly;
    private final String code;
    /** Everything the output depends on besides the input files: the generator's code and the build's inputs. */
    private String settings;
    private String parseKey;

    private Diagnostics diagnostics = new Diagnostics();
    private Optional<BuildRecord> last = Optional.empty();
    private long indexedAt;
    private List<BuildRecord.InputFile> inputs;
    private String fingerprint;
    private String renderKey;
    private Boolean outputIntact;
    private final Map<Path, String> claimHashes = new HashMap<>();
    private Map<Path, ParsedClaimsFile.Entry> lastParsed;
    private final Map<Path, ParsedClaimsFile.Entry> parsedNow = new ConcurrentHashMap<>();
    private CompletableFuture<Void> parsedWritten = CompletableFuture.completedFuture(null);
    private final Map<String, String> pagesNow = new ConcurrentHashMap<>();
    private Map<String, String> pagesBefore = Map.of();

    /** @param theme the build's theme folder, if not the bundled one */
    private DiskCache(Path output, Path content, Optional<Path> theme, boolean readOnly) {
        this.output = output.toAbsolutePath().normalize();
        this.content = content;
        this.readOnly = readOnly;
        inputFolders = InputIndex.folders(content, theme);
        Path staging = this.output.resolveSibling(this.output.getFileName() + ".staging");
        recordFile = staging.resolve(RECORD);
        parsedFile = staging.resolve(PARSED_CLAIMS);
        parsedNext = staging.resolve(PARSED_CLAIMS + ".new");
        code = new Fingerprint().addCode(DiskCache.class).hex();
    }

    /** The cache of a build into {@code output}. */
    public static DiskCache forBuild(Path output, Path content, Optional<Path> theme) {
        return new DiskCache(output, content, theme, false);
    }

    /** The cache of a check: reads the parsed claims a build into {@code output} left; writes nothing. */
    public static DiskCache forCheck(Path output, Path content, Optional<Path> theme) {
        return new DiskCache(output, content, theme, true);
    }

    @Override
    public Optional<Summary> open(BuildInputs build, Diagnostics problems) {
        diagnostics = problems;
        settings = new Fingerprint().add("code", code).add("settings", build.text()).hex();
        parseKey = code + "|" + build.parsing();
        StringBuilder unreadable = new StringBuilder();
        last = BuildRecord.read(recordFile, unreadable);
        if (unreadable.length() > 0 && !readOnly) {
            diagnostics.warning(recordFile, 0, unreadable + "; the site is built in full");
        }
        indexedAt = System.currentTimeMillis(); // only to know which file times can be trusted next time
        inputs = InputIndex.of(inputFolders, last.map(BuildRecord::inputs).orElse(List.of()),
                last.map(BuildRecord::writtenAt).orElse(0L));
        Fingerprint all = new Fingerprint().add("settings", settings);
        // What every page depends on besides its own model: a claim reaches other pages only through their models.
        Fingerprint frame = new Fingerprint().add("settings", settings);
        for (BuildRecord.InputFile input : inputs) {
            all.add(input.path(), input.sha256());
            if (input.path().startsWith(InputIndex.CLAIMS)) {
                claimHashes.put(content.resolve(input.path().substring(InputIndex.CONTENT.length() + 1)), input.sha256());
            } else {
                frame.add(input.path(), input.sha256());
            }
        }
        fingerprint = all.hex();
        renderKey = frame.hex();
        if (readOnly) {
            return Optional.empty();
        }
        Optional<BuildRecord> same = last.filter(r -> r.fingerprint().equals(fingerprint) && outputIntact(r));
        if (same.isPresent()) {
            BuildRecord r = same.get();
            List<Diagnostic> warnings = r.warnings().stream()
                    .map(w -> new Diagnostic(Path.of(w.file()), w.line(), Severity.WARNING, w.message())).toList();
            return Optional.of(new Summary(r.claims(), r.files(), r.bytes(), warnings, Set.of()));
        }
        // Pages whose key is unchanged are kept only when everything else they depend on is the same and the
        // published site is exactly what the last build left.
        pagesBefore = last.filter(r -> r.renderKey().equals(renderKey) && outputIntact(r))
                .map(BuildRecord::pages).orElse(Map.of());
        return Optional.empty();
    }

    /** Whether the published site still holds exactly what the last build wrote; listed once per build. */
    private boolean outputIntact(BuildRecord record) {
        if (outputIntact == null) {
            outputIntact = record.outputIntact(output);
        }
        return outputIntact;
    }

    @Override
    public Optional<Parsed> parsed(FileWalk.Entry listed, List<Resource> resources) {
        Path file = listed.file();
        String sha = claimHashes.get(file);
        ParsedClaimsFile.Entry entry = lastParsed().get(file);
        if (sha == null || entry == null || !entry.sha256().equals(sha) || !entry.resources().equals(resources)) {
            return Optional.empty();
        }
        parsedNow.put(file, entry);
        return Optional.of(new Parsed(entry.draft(), entry.diagnostics()));
    }

    private synchronized Map<Path, ParsedClaimsFile.Entry> lastParsed() {
        if (lastParsed == null) {
            StringBuilder unreadable = new StringBuilder();
            lastParsed = ParsedClaimsFile.read(parsedFile, parseKey, unreadable);
            if (unreadable.length() > 0) {
                diagnostics.warning(parsedFile, 0, unreadable.toString());
            }
        }
        return lastParsed;
    }

    @Override
    public void parsedNow(Path file, List<Resource> resources, Parsed parsed) {
        String sha = claimHashes.get(file);
        if (sha != null) {
            parsedNow.put(file, new ParsedClaimsFile.Entry(sha, resources, parsed.draft(), parsed.diagnostics()));
        }
    }

    @Override
    public void parsingDone() {
        // The drafts must not outlive parsing here: rendering 100,000 claims needs the memory they hold.
        Map<Path, ParsedClaimsFile.Entry> entries = Map.copyOf(parsedNow);
        parsedNow.clear();
        lastParsed = Map.of();
        if (readOnly) {
            return;
        }
        try {
            Files.createDirectories(parsedNext.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parsedNext.getParent(), e);
        }
        // Written while the build validates and renders; the drafts are immutable, and garbage once written.
        parsedWritten = CompletableFuture.runAsync(() -> ParsedClaimsFile.write(parsedNext, parseKey,
                entries), runnable -> {
                    Thread thread = new Thread(runnable, "factsite-parsed-claims");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    @Override
    public CheckWork checkWork() {
        return CheckWork.NONE;
    }

    @Override
    public PageKeys pageKeys() {
        if (readOnly) {
            return PageKeys.NONE;
        }
        return new PageKeys() {
            @Override
            public boolean unchanged(String sitePath, String key) {
                return key.equals(pagesBefore.get(sitePath));
            }

            @Override
            public String claimView(Claim claim, Object context, Supplier<String> key) {
                return key.get();
            }

            @Override
            public <T> T ofClaim(String what, Claim claim, Supplier<T> make) {
                return make.get(); // not kept on disk: reading it back would cost about as much as making it
            }

            @Override
            public void made(String sitePath, String key) {
                pagesNow.put(sitePath, key);
            }
        };
    }

    @Override
    public Optional<Set<String>> outputFiles() {
        return Optional.empty();
    }

    @Override
    public void record(Summary summary, Diagnostics problems) {
        if (readOnly) {
            return;
        }
        parsedWritten.join();
        try {
            if (Files.exists(parsedNext)) {
                Files.move(parsedNext, parsedFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + parsedNext + " to " + parsedFile, e);
        }
        List<BuildRecord.Warning> warnings = summary.warnings().stream()
                .map(w -> new BuildRecord.Warning(w.file().toString(), w.line(), w.message())).toList();
        new BuildRecord(fingerprint, indexedAt, summary.claims(), summary.files(), summary.bytes(), warnings, inputs,
                BuildRecord.listing(output), renderKey, pagesNow).write(recordFile);
    }

    @Override
    public void close() {
        try {
            parsedWritten.exceptionally(e -> null).join();
            Files.deleteIfExists(parsedNext); // moved into place by a recorded build, dropped otherwise
        } catch (IOException e) {
            diagnostics.warning(parsedNext, 0, "cannot remove this temporary file: " + e.getMessage());
        }
    }
}
