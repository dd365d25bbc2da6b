package org.factsite.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Copies a folder and compares two, for the index's tests. */
final class WarmCopy {

    private WarmCopy() {
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Relative paths that one folder lacks or that differ in a byte. */
    static List<String> differences(Path a, Path b) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        for (Path root : List.of(a, b)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(p -> paths.add(root.relativize(p).toString()));
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Path x = a.resolve(p);
            Path y = b.resolve(p);
            if (!Files.exists(x) || !Files.exists(y) || !Arrays.equals(Files.readAllBytes(x), Files.readAllBytes(y))) {
                out.add(p);
            }
        }
        return out;
    }
}
