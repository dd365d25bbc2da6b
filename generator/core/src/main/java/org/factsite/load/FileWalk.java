package org.factsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lists regular files with the attributes the walk already read: one stat per file, not two or three (at
 * 10,000 claims each stat of every file is tens of milliseconds of a preview's rebuild).
 */
public final class FileWalk {

    /**
     * @param relative the path below the folder walked, with {@code /}
     * @param link     the file was reached through a symbolic link (its size and time are the target's)
     */
    public record Entry(Path file, String relative, long size, long modified, boolean link) {
    }

    private FileWalk() {
    }

    /** Regular files below {@code folder} (links to files followed, as the build reads them), in path order. */
    public static List<Entry> files(Path folder) {
        return files(folder, relative -> true);
    }

    /**
     * Regular files below {@code folder}, in path order, leaving out the folders {@code walked} refuses (given
     * their relative path with a final {@code /}): nothing below them is read.
     */
    public static List<Entry> files(Path folder, Predicate<String> walked) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return dir.equals(folder) || walked.test(relative(folder, dir) + "/")
                                    ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            boolean link = attributes.isSymbolicLink();
                            BasicFileAttributes a = attributes;
                            if (link) {
                                try {
                                    a = Files.readAttributes(file, BasicFileAttributes.class);
                                } catch (IOException e) {
                                    return FileVisitResult.CONTINUE; // a link that leads nowhere is no file
                                }
                            }
                            if (a.isRegularFile()) {
                                entries.add(new Entry(file, relative(folder, file), a.size(),
                                        a.lastModifiedTime().toMillis(), link));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        entries.sort(Comparator.comparing(Entry::relative));
        return entries;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
