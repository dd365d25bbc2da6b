package org.factsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Lists regular files with the attributes the walk read: one stat per file, not two or three, and the stats of a
 * large folder on every core (at 10,000 claims the stats are most of the listing, and the listing runs before every
 * preview rebuild).
 */
public final class FileWalk {

    /** Below this many entries a folder's files are looked at one by one: the fork would cost more. */
    private static final int PARALLEL_FROM = 256;

    /**
     * @param relative      the path below the folder walked, with {@code /}
     * @param modified      the time of the last change, in milliseconds
     * @param modifiedNanos the same to the nanosecond, where the file system keeps it
     * @param fileKey       what identifies the file on its file system (an inode), or null where there is none: a
     *                      file saved by renaming a new one over it is another file
     * @param link          the file was reached through a symbolic link (its size and times are the target's)
     */
    public record Entry(Path file, String relative, long size, long modified, long modifiedNanos, Object fileKey,
            boolean link) {
    }

    private FileWalk() {
    }

    /** Regular files below {@code folder} (links to files followed, as the build reads them), in path order. */
    public static List<Entry> files(Path folder) {
        return files(folder, relative -> true);
    }

    /**
     * Regular files below {@code folder}, in path order, leaving out the folders {@code walked} refuses (given
     * their relative path with a final {@code /}): nothing below them is read. Links to folders are not followed;
     * a file removed while the folder is listed is left out.
     */
    public static List<Entry> files(Path folder, Predicate<String> walked) {
        List<Entry> entries = new ArrayList<>();
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) { // a folder that is a link is not followed
            walk(folder, "", walked, entries);
            entries.sort(Comparator.comparing(Entry::relative));
        }
        return entries;
    }

    /** What one name of a folder is, as read without following a link. */
    private record Found(Path path, String relative, BasicFileAttributes attributes) {
    }

    private static void walk(Path dir, String prefix, Predicate<String> walked, List<Entry> entries) {
        List<Path> names = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            listing.forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        Stream<Path> each = names.size() >= PARALLEL_FROM ? names.parallelStream() : names.stream();
        List<Found> found = each.map(path -> {
            String relative = prefix + path.getFileName();
            return attributes(path, LinkOption.NOFOLLOW_LINKS).map(a -> new Found(path, relative, a)).orElse(null);
        }).filter(f -> f != null).toList();
        for (Found f : found) {
            BasicFileAttributes a = f.attributes();
            if (a.isDirectory()) {
                if (walked.test(f.relative() + "/")) {
                    walk(f.path(), f.relative() + "/", walked, entries);
                }
                continue;
            }
            boolean link = a.isSymbolicLink();
            if (link) {
                Optional<BasicFileAttributes> target = attributes(f.path()); // a link that leads nowhere is no file
                if (target.isEmpty()) {
                    continue;
                }
                a = target.get();
            }
            if (a.isRegularFile()) {
                entries.add(new Entry(f.path(), f.relative(), a.size(), a.lastModifiedTime().toMillis(),
                        a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey(), link));
            }
        }
    }

    /** The file's attributes; empty when it is gone (removed, or a link to nothing). */
    private static Optional<BasicFileAttributes> attributes(Path path, LinkOption... options) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, options));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (options.length == 0) {
                return Optional.empty(); // following a link: unreadable targets are no files, as before
            }
            throw new UncheckedIOException("cannot read the attributes of " + path, e);
        }
    }
}
