package org.factsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every file of a site folder with its bytes, and a readable account of how two such trees differ. */
public record SiteTree(Map<String, byte[]> files) {

    public static SiteTree of(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return new SiteTree(files);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteTree(files);
    }

    /** The paths that are missing on one side or differ in a byte, each with what is different; empty if equal. */
    public List<String> differencesFrom(SiteTree expected) {
        List<String> out = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(files.keySet());
        paths.addAll(expected.files.keySet());
        for (String path : paths) {
            byte[] actual = files.get(path);
            byte[] wanted = expected.files.get(path);
            if (actual == null) {
                out.add(path + ": missing");
            } else if (wanted == null) {
                out.add(path + ": should not be there");
            } else if (!Arrays.equals(actual, wanted)) {
                out.add(path + ": differs at byte " + Arrays.mismatch(actual, wanted) + "\n  warm: "
                        + excerpt(actual, Arrays.mismatch(actual, wanted)) + "\n  cold: "
                        + excerpt(wanted, Arrays.mismatch(actual, wanted)));
            }
        }
        return out;
    }

    private static String excerpt(byte[] bytes, int at) {
        int from = Math.max(0, at - 60);
        int to = Math.min(bytes.length, at + 60);
        return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8).replace("\n", "⏎");
    }
}
