package org.factsite.write;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the site into a staging folder beside the output folder ({@code site.staging/new} next to
 * {@code site}) and replaces the output only on {@link #commit()}, so a failed build leaves the published site
 * as it was and files of deleted claims do not linger. Nothing outside the output and staging folders is
 * ever written or deleted. Closing without committing removes what this build staged.
 *
 * <p>The replaced site is kept as {@code site.staging/previous} and deleted by the next build, on a
 * background thread while it parses and renders: deleting 10,000 pages takes seconds on some disks, and
 * the next build has that time to spare.
 */
public final class StagedSiteWriter implements SiteOutput, AutoCloseable {

    private final Path output;
    /** The staging folder; the new site is built in {@code staging/new}. */
    private final Path staging;
    private final Path site;
    private boolean committed;
    private CompletableFuture<Void> cleanup = CompletableFuture.completedFuture(null);
    // Pages are written from several threads.
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private StagedSiteWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
        this.site = staging.resolve("new");
    }

    /** The staging folder of {@code output}: {@code site.staging} beside {@code site}. */
    public static Path stagingFolder(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".staging");
    }

    /** Starts an empty {@code new} folder in staging; what an earlier build left there is deleted meanwhile. */
    public static StagedSiteWriter begin(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path staging = stagingFolder(absolute);
        StagedSiteWriter writer = new StagedSiteWriter(absolute, staging);
        try {
            Files.createDirectories(staging);
            Path trash = staging.resolve("trash");
            deleteTree(trash); // a trash folder survives only if an earlier build was killed while deleting
            for (String leftover : new String[] {"previous", "new"}) {
                if (Files.exists(staging.resolve(leftover), LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(trash);
                    Files.move(staging.resolve(leftover), trash.resolve(leftover), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.createDirectories(writer.site);
            writer.cleanup = CompletableFuture.runAsync(() -> {
                try {
                    deleteTree(trash);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot clean " + trash, e);
                }
            }, runnable -> {
                Thread thread = new Thread(runnable, "factsite-staging-cleanup");
                thread.setDaemon(true);
                thread.start();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the staging folder " + staging, e);
        }
        return writer;
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

    /** Streams UTF-8 text straight into the file, counting the bytes on the way. */
    @Override
    public void writeStreaming(String sitePath, Body body) {
        Path target = resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            CountingStream counted = new CountingStream(Files.newOutputStream(target));
            try (Writer out = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16)) {
                body.writeTo(out);
            }
            files.incrementAndGet();
            bytes.addAndGet(counted.count);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
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

    /** Replaces the output folder with the staged site; the old one is kept as {@code staging/previous}. */
    public void commit() {
        Path previous = staging.resolve("previous");
        try {
            cleanup.join();
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(site, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
        committed = true;
    }

    @Override
    public void close() {
        try {
            cleanup.join();
            if (!committed) {
                deleteTree(site);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staged site " + site, e);
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
