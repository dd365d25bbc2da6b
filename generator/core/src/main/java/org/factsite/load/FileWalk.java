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
     * @param modifiedNanos the time of the last change, to the nanosecond where the file system keeps it
     * @param fileKey       what identifies the file on its file system (an inode), or null where there is none: a
     *                      file saved by renaming a new one over it is another file
     * @param link          the file was reached through a symbolic link (its size and times are the target's)
     */
    public record Entry(Path file, String relative, long size, long modifiedNanos, Object fileKey, boolean link) {

        /** The time of the last change, in milliseconds. */
        public long modified() {
            return TimeUnit.NANOSECONDS.toMillis(modifiedNanos);
        }
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
        List<Found> found = each.flatMap(path -> attributes(path)
                .map(a -> new Found(path, prefix + path.getFileName(), a)).stream()).toList();
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
                Optional<BasicFileAttributes> target = target(f.path()); // a link that leads nowhere is no file
                if (target.isEmpty()) {
                    continue;
                }
                a = target.get();
            }
            if (a.isRegularFile()) {
                entries.add(new Entry(f.path(), f.relative(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        a.fileKey(), link));
            }
        }
    }

    /** A name's own attributes (a link's, not its target's); empty when it was removed while the folder is listed. */
    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + path, e);
        }
    }

    /** A link's target's attributes; empty when it leads nowhere or to something unreadable. */
    private static Optional<BasicFileAttributes> target(Path link) {
        try {
            return Optional.of(Files.readAttributes(link, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
