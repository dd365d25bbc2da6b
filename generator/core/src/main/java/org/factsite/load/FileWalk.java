package org.factsite.cache;

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

/** Lists regular files with the attributes the walk already read (one stat per file, not two). */
final class FileWalk {

    record Entry(Path file, String relative, long size, long modified) {
    }

    private FileWalk() {
    }

    /** Regular files below {@code folder} (links to files followed, as the build reads them), in path order. */
    static List<Entry> files(Path folder) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                            BasicFileAttributes a = attributes.isSymbolicLink()
                                    ? Files.readAttributes(file, BasicFileAttributes.class) : attributes;
                            if (a.isRegularFile()) {
                                entries.add(new Entry(file, folder.relativize(file).toString().replace('\\', '/'),
                                        a.size(), a.lastModifiedTime().toMillis()));
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
}
