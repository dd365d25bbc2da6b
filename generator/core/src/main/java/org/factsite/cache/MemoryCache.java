package org.factsite.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.FileWalk;
import org.factsite.model.Claim;
import org.factsite.render.unit.PageKeys;
import org.factsite.validate.CheckWork;
import org.factsite.model.Resource;

/**
 * The preview's cache, kept in memory from build to build of one long-running preview. Claim files parse
 * again only when their size, modification time (to the nanosecond where the file system keeps it) or file
 * key changed (editors that save by renaming make a new file), and a file modified too recently for its time
 * to tell a second edit apart is parsed every time until it is older. Pages and claims' list views keep their
 * keys while the theme and the content outside {@code claims/} are as they were (compared by size and time:
 * few files, watched anyway). A build that is not recorded leaves the memory as the last recorded one, less what
 * it took over of the last build's work on whole editions (the next build makes that from the start).
 */
public final class MemoryCache implements BuildCache {

    /**
     * What one recorded build leaves for the next; {@code work} (what it made of whole editions) is handed over
     * once, taken out as the next build starts on it.
     */
    private record Memory(String renderKey, Map<String, String> pageKeys, Set<String> outputFiles,
            ClaimMemo claimMemo, Map<String, Object> work, Map<String, Object> checkWork) {
        static final Memory NONE = new Memory("", Map.of(), null, new ClaimMemo(), Map.of(), Map.of());
    }

    private record Draft(Object stamp, List<Resource> resources, Parsed parsed) {
    }

    private final Map<String, Path> watched;
    private final Map<Path, Draft> drafts = new ConcurrentHashMap<>();
    private String parseSettings = "";
    private Memory memory = Memory.NONE;

    // This build's, kept only when it is recorded.
    private String renderKey = "";
    private final Map<Path, Object> stamps = new ConcurrentHashMap<>();
    private final Map<Path, Draft> learned = new ConcurrentHashMap<>();
    private final Map<String, String> pagesNow = new ConcurrentHashMap<>();
    private ClaimMemo claimMemoNow = new ClaimMemo();
    private final Map<String, Object> workNow = new ConcurrentHashMap<>();
    private final Map<String, Object> checkWorkNow = new ConcurrentHashMap<>();
    private String settingsNow = "";

    /** @param theme the preview's theme folder, if not the bundled one */
    public MemoryCache(Path content, Optional<Path> theme) {
        watched = InputIndex.folders(content, theme);
    }

    @Override
    public Optional<Summary> open(BuildInputs inputs, Diagnostics diagnostics) {
        settingsNow = inputs.parsing();
        Fingerprint frame = new Fingerprint().add("inputs", inputs.text());
        InputIndex.stamps(watched, path -> !path.startsWith(InputIndex.CLAIMS)).forEach(stamp -> frame.add("file", stamp));
        renderKey = frame.hex();
        stamps.clear();
        learned.clear();
        pagesNow.clear();
        claimMemoNow = new ClaimMemo();
        workNow.clear();
        checkWorkNow.clear();
        return Optional.empty(); // a preview build is cheap when nothing changed: it writes nothing then
    }

    @Override
    public Optional<Parsed> parsed(FileWalk.Entry listed, List<Resource> resources) {
        Path file = listed.file();
        Object stamp = stamp(listed);
        if (stamp == null) {
            return Optional.empty();
        }
        stamps.put(file, stamp);
        Draft draft = drafts.get(file);
        return settingsNow.equals(parseSettings) && draft != null && draft.stamp().equals(stamp)
                && draft.resources().equals(resources) ? Optional.of(draft.parsed()) : Optional.empty();
    }

    /**
     * What the file looked like when the content was listed (before it is read: an edit made since is seen next
     * time); null when it was modified too recently for its time to tell a second edit apart, as
     * {@link InputIndex} guards its own.
     */
    private static Object stamp(FileWalk.Entry file) {
        if (file.modified() >= System.currentTimeMillis() - InputIndex.RACY_MILLIS) {
            return null;
        }
        return List.of(file.size(), file.modifiedNanos(), String.valueOf(file.fileKey()));
    }

    @Override
    public void parsedNow(Path file, List<Resource> resources, Parsed parsed) {
        Object stamp = stamps.get(file); // taken before parsing: an edit made meanwhile is seen next time
        if (stamp != null) {
            learned.put(file, new Draft(stamp, resources, parsed));
        }
    }

    @Override
    public void parsingDone() {
    }

    /**
     * The checks' work is compared with the build's claims before it is used, so it is handed over whatever the
     * theme or settings (unlike pages' keys).
     */
    @Override
    public CheckWork checkWork() {
        Memory before = memory;
        return new CheckWork() {
            @Override
            public <T> Optional<T> takeOver(String what, Class<T> type) {
                return takeOut(before, before.checkWork(), what, type);
            }

            @Override
            public void leave(String what, Object work) {
                checkWorkNow.put(what, work);
            }
        };
    }

    @Override
    public PageKeys pageKeys() {
        boolean sameFrame = renderKey.equals(memory.renderKey());
        Memory before = sameFrame ? memory : Memory.NONE;
        return new PageKeys() {
            @Override
            public boolean unchanged(String sitePath, String key) {
                return key.equals(before.pageKeys().get(sitePath));
            }

            @Override
            public String claimView(Claim claim, Object context, Supplier<String> key) {
                return before.claimMemo().find("view", claim, context, key, claimMemoNow);
            }

            @Override
            public <T> T ofClaim(String what, Claim claim, Supplier<T> make) {
                return before.claimMemo().find(what, claim, null, make, claimMemoNow);
            }

            @Override
            public void made(String sitePath, String key) {
                pagesNow.put(sitePath, key);
            }

            @Override
            public <T> Optional<T> takeOver(String what, Class<T> type) {
                return takeOut(before, before.work(), what, type);
            }

            @Override
            public boolean keepsLeftWork() {
                return true;
            }

            @Override
            public void leave(String what, Object work) {
                workNow.put(what, work);
            }
        };
    }

    /**
     * Takes {@code what} out of the work {@code before} left: this build changes it, and a build that fails leaves
     * nothing half-changed behind. (The empty memory's maps are immutable and hold nothing to take.)
     */
    private static <T> Optional<T> takeOut(Memory before, Map<String, Object> work, String what, Class<T> type) {
        Object taken = before == Memory.NONE ? null : work.remove(what);
        return type.isInstance(taken) ? Optional.of(type.cast(taken)) : Optional.empty();
    }

    @Override
    public Optional<Set<String>> outputFiles() {
        return Optional.ofNullable(memory.outputFiles());
    }

    @Override
    public void record(Summary summary, Diagnostics diagnostics) {
        if (!settingsNow.equals(parseSettings)) {
            drafts.clear();
            parseSettings = settingsNow;
        }
        drafts.putAll(learned);
        // Only files this build saw with a stamp: drafts of deleted files go, so a long session does not keep them.
        drafts.keySet().retainAll(stamps.keySet());
        memory = new Memory(renderKey, Map.copyOf(pagesNow), summary.outputFiles(), claimMemoNow,
                new ConcurrentHashMap<>(workNow), new ConcurrentHashMap<>(checkWorkNow));
        workNow.clear();
        checkWorkNow.clear();
    }

    /** Forgets everything, when a build may have left the output anywhere between two states. */
    public void forget() {
        memory = Memory.NONE;
        drafts.clear();
    }

    @Override
    public void close() {
        learned.clear();
        workNow.clear();
        checkWorkNow.clear();
    }
}
