package org.factsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the site into a staging folder beside the output folder ({@code site.staging/new} next to
 * {@code site}) and replaces the output only on {@link #commit()}, so a failed build leaves the published site
 * as it was and files of deleted claims do not linger. Nothing outside the output and staging folders is
 * ever written or deleted. Closing without committing removes what this build staged.
 *
 * <p>A file whose bytes equal the published one is not written again: the published file is hard-linked
 * into the staging folder, so after the swap it keeps its modification time (deploy tools and caches see
 * only real changes). Where links are not possible, the file is written as usual.
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
    private final AtomicLong unchanged = new AtomicLong();

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

    /** Stages {@code content} at {@code sitePath}: a link to the published file when it is the same, else a new file. */
    @Override
    public void writeBytes(String sitePath, byte[] content) {
        Path target = resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            if (!linkUnchanged(sitePath, target, content)) {
                Files.write(target, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    private boolean linkUnchanged(String sitePath, Path target, byte[] content) {
        Path published = output.resolve(sitePath).normalize();
        try {
            if (!published.startsWith(output) || !Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(published) != content.length
                    || !Arrays.equals(Files.readAllBytes(published), content)) {
                return false;
            }
            Files.createLink(target, published);
            unchanged.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no links here (another file system, a restriction): the file is written instead
        }
    }

    /** Links the published file into the staged site, so it survives the swap with its bytes and time. */
    @Override
    public boolean keep(String sitePath) {
        Path target = resolve(sitePath);
        Path published = output.resolve(sitePath).normalize();
        try {
            if (!published.startsWith(output) || !Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Files.createLink(target, published);
            files.incrementAndGet();
            bytes.addAndGet(Files.size(target));
            unchanged.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public boolean produced(String sitePath) {
        return Files.exists(resolve(sitePath));
    }

    public long filesWritten() {
        return files.get();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /** How many files were the same as the published ones and kept (linked) rather than written. */
    public long filesUnchanged() {
        return unchanged.get();
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
