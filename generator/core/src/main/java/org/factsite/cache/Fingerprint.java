package org.factsite.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a build's output depends on: the generator's own code, the build's options,
 * today's date (claims dated in the future publish when it comes), and every content and theme file, by path
 * and bytes. Equal fingerprints mean equal output, never a guess from timestamps.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    public Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Fingerprint add(String label, String value) {
        byte[] bytes = (label + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
        digest.update(bytes);
        return this;
    }

    /** Adds a file by its path below {@code root} and its bytes. */
    public Fingerprint addFile(Path root, Path file) {
        try {
            add("file", root.relativize(file).toString().replace('\\', '/'));
            add("size", Long.toString(Files.size(file)));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return this;
    }

    /**
     * Adds every regular file below {@code folder}, in path order; nothing if it does not exist. Files are
     * hashed in parallel, each on its own, and their digests combined in path order. (Used for the code in
     * development, a folder of classes; input files go through {@link InputIndex}.)
     */
    public Fingerprint addTree(String label, Path folder) {
        add("tree", label);
        if (!Files.isDirectory(folder)) {
            return this;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<String> digests = files.parallelStream().map(file -> new Fingerprint().addFile(folder, file).hex()).toList();
        for (String fileDigest : digests) {
            add("digest", fileDigest);
        }
        return this;
    }

    /**
     * The generator's compiled code: where {@code anchor} was loaded from (its jar, or its classes folder in
     * development) and every library beside it (Markdown, templates, JSON: a new version of any of them may
     * change the output), so that other code never reuses output or parsed claims.
     */
    public Fingerprint addCode(Class<?> anchor) {
        return addCode(anchor, anchor.getClassLoader());
    }

    /** As {@link #addCode(Class)}, with the class loader whose class path is the generator's. */
    public Fingerprint addCode(Class<?> anchor, ClassLoader loader) {
        Optional<Path> own = location(anchor);
        if (own.isEmpty()) {
            return add("code", "unknown-" + System.nanoTime()); // never matches: always a full build
        }
        for (Path location : CodeLocations.of(own.get(), loader)) {
            if (Files.isDirectory(location)) {
                addTree("code", location);
            } else if (Files.isRegularFile(location)) {
                addFile(location.getParent(), location);
            }
        }
        return this;
    }

    private static Optional<Path> location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        return Optional.ofNullable(source).map(s -> {
            try {
                return Path.of(s.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        });
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

}
