package org.factsite.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** What both writers do to the folder a site is written into: resolve its paths, and drop what a build did not make. */
final class SiteFolder {

    private SiteFolder() {
    }

    /** {@code sitePath} below {@code site}; a path that would leave it is refused. */
    static Path resolve(Path site, String sitePath) {
        Path target = site.resolve(sitePath).normalize();
        if (!target.startsWith(site) || target.equals(site)) {
            throw new IllegalArgumentException("output path leaves the site folder: " + sitePath);
        }
        return target;
    }

    /**
     * Deletes every file below {@code site} whose site path {@code produced} does not hold, then every folder
     * left empty (the site folder itself stays).
     *
     * @return the site paths of the deleted files
     */
    static List<String> deleteUnproduced(Path site, Set<String> produced) throws IOException {
        List<String> deleted = new ArrayList<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String sitePath = site.relativize(file).toString().replace('\\', '/');
                if (!produced.contains(sitePath)) {
                    Files.delete(file);
                    deleted.add(sitePath);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!dir.equals(site)) {
                    try (Stream<Path> entries = Files.list(dir)) {
                        if (entries.findAny().isEmpty()) {
                            Files.delete(dir);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return deleted;
    }
}
