package org.factsite.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.factsite.load.ContentLoader;
import org.factsite.load.FileWalk;

/**
 * The input files of a build with their content hashes. A hash is taken again only when a file's size or
 * modification time differs from the last build's index, or when the file changed within two seconds of
 * that index being written (its time alone cannot tell then), as git and Spotless do: the key is always the
 * content, the timestamp only saves reading a file that has not changed.
 */
public final class InputIndex {

    /** The content folder's label: its files are named {@code content:claims/a.md}. */
    static final String CONTENT = "content";
    /** Claim files, and the files of claim folders, are named so. */
    static final String CLAIMS = CONTENT + ":claims/";

    /** A file modified this close to the moment its state was taken may change again unseen by its time. */
    public static final long RACY_MILLIS = 2_000;

    private InputIndex() {
    }

    /**
     * The folders a build's output depends on, by label: the content, the theme given (if any) and the
     * {@code themes/} folder beside the content (where site.yaml's {@code theme:} names one).
     */
    static Map<String, Path> folders(Path content, Optional<Path> theme) {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put(CONTENT, content);
        theme.ifPresent(folder -> folders.put("theme", folder));
        folders.put(ContentLoader.THEMES_FOLDER, ContentLoader.themesFolder(content));
        return folders;
    }

    /**
     * Every regular file below each folder ({@code label:relative/path}), in path order.
     *
     * @param folders label to folder; a missing folder has no files
     */
    public static List<BuildRecord.InputFile> of(Map<String, Path> folders, List<BuildRecord.InputFile> last,
            long lastWrittenAt) {
        Map<String, BuildRecord.InputFile> known = new HashMap<>();
        last.forEach(f -> known.put(f.path(), f));
        record Found(String key, Path file, long size, long modified) {
        }
        List<Found> found = new ArrayList<>();
        folders.forEach((label, folder) -> {
            for (FileWalk.Entry e : FileWalk.files(folder)) {
                found.add(new Found(label + ":" + e.relative(), e.file(), e.size(), e.modified()));
            }
        });
        return found.parallelStream().map(f -> {
            BuildRecord.InputFile before = known.get(f.key());
            boolean same = before != null && before.size() == f.size() && before.modified() == f.modified()
                    && f.modified() < lastWrittenAt - RACY_MILLIS;
            String sha = same ? before.sha256() : new Fingerprint().addFile(f.file().getParent(), f.file()).hex();
            return new BuildRecord.InputFile(f.key(), f.size(), f.modified(), sha);
        }).toList();
    }

    /**
     * {@code label:relative/path size modified} of every regular file below each folder that {@code keep}
     * accepts, in path order: a cheap picture of files for a process that watches them anyway (the preview).
     * A file modified too recently for its time to tell a second edit apart is pictured by its content hash.
     * {@code keep} is asked about folders too ({@code label:relative/}): nothing below one it refuses is read.
     */
    public static List<String> stamps(Map<String, Path> folders, java.util.function.Predicate<String> keep) {
        List<String> stamps = new ArrayList<>();
        long racy = System.currentTimeMillis() - RACY_MILLIS;
        folders.forEach((label, folder) -> {
            for (FileWalk.Entry e : FileWalk.files(folder, relative -> keep.test(label + ":" + relative))) {
                String key = label + ":" + e.relative();
                if (keep.test(key)) {
                    stamps.add(key + " " + e.size() + " " + (e.modified() < racy ? Long.toString(e.modified())
                            : new Fingerprint().addFile(folder, e.file()).hex()));
                }
            }
        });
        return stamps;
    }
}
