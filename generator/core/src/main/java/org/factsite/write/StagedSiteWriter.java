package org.factsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the site into a staging folder beside the output folder ({@code site.staging/new} next to
 * {@code site}) and replaces the output only on {@link #commit()}, so a failed build leaves the published site
 * as it was and files of deleted claims do not linger. Nothing outside the output and staging folders is
 * ever written or deleted. Closing without committing removes the staging folder.
 */
public final class StagedSiteWriter implements SiteOutput, AutoCloseable {

    private final Path output;
    /** The staging folder; the new site is built in {@code staging/new}. */
    private final Path staging;
    private final Path site;
    private boolean committed;
    // Pages are written from several threads.
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private StagedSiteWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
        this.site = staging.resolve("new");
    }

    /** Starts an empty staging folder for {@code output}. */
    public static StagedSiteWriter begin(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling(absolute.getFileName() + ".staging");
        try {
            deleteTree(staging);
            Files.createDirectories(staging.resolve("new"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + staging, e);
        }
        return new StagedSiteWriter(absolute, staging);
    }

    @Override
    public void writeText(String sitePath, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Path target = resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    @Override
    public void copyFile(String sitePath, Path source) {
        Path target = resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            bytes.addAndGet(Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
        files.incrementAndGet();
    }

    /** Whether this build has already written {@code sitePath}. */
    public boolean hasWritten(String sitePath) {
        return Files.exists(resolve(sitePath));
    }

    public long filesWritten() {
        return files.get();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /** Replaces the output folder with the staged site: the old one goes into staging, then staging is removed. */
    public void commit() {
        Path previous = staging.resolve("previous");
        try {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(site, output, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
        committed = true;
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
            }
        }
    }

    private Path resolve(String sitePath) {
        Path target = site.resolve(sitePath).normalize();
        if (!target.startsWith(site) || target.equals(site)) {
            throw new IllegalArgumentException("output path leaves the site folder: " + sitePath);
        }
        return target;
    }

    /** Deletes a folder and everything in it; links are removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
