package org.factsite.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.incremental.InputIndex;
import org.factsite.parse.ClaimDraft;

/**
 * Parsed claims of a long-running preview, so that an edit re-parses only the files it touched. A file is
 * parsed again when its size, modification time (to the nanosecond where the file system keeps it) or file
 * key (editors that save by renaming make a new file) changed, when its claim folder's files changed, or when
 * anything claims are parsed against changed (the parse key: base URL, raw HTML setting, size limit).
 */
final class DraftCache {

    record Entry(Object stamp, List<Path> resources, Optional<ClaimDraft> draft, Diagnostics diagnostics) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private String parseKey = "";

    /** Forgets everything when claims would now be parsed differently. */
    synchronized void useParseKey(String key) {
        if (!key.equals(parseKey)) {
            entries.clear();
            parseKey = key;
        }
    }

    /**
     * What the file looks like on disk, or null when it cannot be read (it is then parsed, and fails there) or
     * was modified too recently to be told apart by its time from a second edit in the same tick (it is then
     * parsed every time until it is older), as {@link InputIndex} guards the one-off build's index.
     */
    static Object stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.lastModifiedTime().toMillis() >= System.currentTimeMillis() - InputIndex.RACY_MILLIS) {
                return null;
            }
            return List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }

    Optional<Entry> lookup(Path file, Object stamp, List<Path> resources) {
        Entry entry = entries.get(file);
        return entry != null && stamp != null && entry.stamp().equals(stamp) && entry.resources().equals(resources)
                ? Optional.of(entry) : Optional.empty();
    }

    void store(Path file, Entry entry) {
        if (entry.stamp() != null) {
            entries.put(file, entry);
        }
    }

    /** Drops files that are gone, so a long session does not keep deleted claims. */
    void retainOnly(List<Path> files) {
        entries.keySet().retainAll(new java.util.HashSet<>(files));
    }
}
