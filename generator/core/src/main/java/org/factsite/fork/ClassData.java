package org.factsite.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The class-data sharing archive of a build JVM (JDK 13+ dynamic AppCDS): made when the first build exits,
 * mapped by later ones so they load and verify the generator's classes from one file. Named by the JDK and
 * the exact jars, so a new version of the plugin or the JDK makes a new one; written under a temporary name
 * and moved into place only after a successful build, so a half-written archive is never used. One archive per
 * task (a check loads fewer classes than a build, and an archive made by one would leave the other's out).
 */
final class ClassData {

    private final Path archive;
    private final Path making;
    /** The start of the names of this JDK's and these jars' archives, one per task. */
    private final String current;

    private ClassData(Path archive, Path making, String current) {
        this.archive = archive;
        this.making = making;
        this.current = current;
    }

    private static ClassData none() {
        return new ClassData(null, null, null);
    }

    static ClassData of(ForkOptions options, String task) {
        // The JDK archives classes from jars only (a class folder on the path stops the JVM at start-up).
        if (options.classData().isEmpty() || !options.classpath().stream().allMatch(Files::isRegularFile)) {
            return none();
        }
        Path folder = options.classData().get();
        String current = "factsite-" + key(options) + "-";
        Path archive = folder.resolve(current + task + ".jsa");
        if (Files.isRegularFile(archive)) {
            return new ClassData(archive, null, current);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return none(); // no archive then: the build does not need one
        }
        return new ClassData(archive, folder.resolve(archive.getFileName() + "." + UUID.randomUUID() + ".tmp"), current);
    }

    List<String> jvmArgs() {
        if (archive == null) {
            return List.of();
        }
        // -Xlog:cds=off: a JDK that cannot map the archive says so on standard output, and builds without it.
        return making == null ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                : List.of("-XX:ArchiveClassesAtExit=" + making, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** After a successful build: the archive just made replaces those of other JDKs or jars in its folder. */
    void keep() {
        if (making == null || !Files.isRegularFile(making)) {
            return;
        }
        try {
            Files.move(making, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), "factsite-*.jsa")) {
                for (Path p : old) {
                    if (!p.getFileName().toString().startsWith(current)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(making);
            } catch (IOException ignored) {
                // a stray temporary file; the next build makes the archive again
            }
        }
    }

    private static String key(ForkOptions options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((System.getProperty("java.vm.version") + "\n" + options.java() + "\n" + options.jvmArgs())
                    .getBytes(StandardCharsets.UTF_8));
            for (Path jar : options.classpath()) {
                BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
                digest.update((jar + "\n" + a.size() + "\n" + a.lastModifiedTime().toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException | IOException e) {
            return "unkeyed";
        }
    }
}
