package org.factsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

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
 * <p>The replaced site is kept as {@code site.staging/previous}, and the next build starts from it rather
 * than from an empty folder: it differs from the published site only in the files that build changed, so a
 * rebuild after a small edit touches only those (linking 12,000 files anew and deleting the old ones took
 * seconds). Every file the build produces is checked to be the published file (the same file, not a copy)
 * or is replaced by a new file, never written through, since unchanged files share their inode with the
 * published site; files it does not produce are deleted before the swap. A previous folder holding
 * anything but plain folders and files (a symbolic link) is not reused but deleted in the background.
 *
 * <p>The swap is two renames (old site out, new site in); no file system call replaces a folder with another
 * in one step. A build killed between them leaves no output folder, the old site as {@code previous} and the
 * complete new site as {@code new}: the next build finishes that swap first ({@link #finishInterruptedSwap}).
 */
public final class StagedSiteWriter implements SiteOutput, AutoCloseable {

    /** In the staging folder: the site being built, and the one the last swap replaced. */
    private static final String NEW = "new";
    private static final String PREVIOUS = "previous";

    private final Path output;
    /** The staging folder; the new site is built in {@code staging/new}. */
    private final Path staging;
    private final Path site;
    private boolean committed;
    /** The staged folder started as the previous site; files not produced must go before the swap. */
    private boolean reusing;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private CompletableFuture<Void> cleanup = CompletableFuture.completedFuture(null);
    // Pages are written from several threads.
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    /** The largest file so far, for the host's limits: its path and size. */
    private String largestFile = "";
    private long largestBytes = -1;

    private StagedSiteWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
        this.site = staging.resolve(NEW);
    }

    /** The staging folder of {@code output}: {@code site.staging} beside {@code site}. */
    public static Path stagingFolder(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".staging");
    }

    /**
     * Puts back the site of a build killed between {@link #commit()}'s two renames, the only moment that leaves
     * no output folder beside a whole new site and the old one in staging. A build calls this first, under the
     * output lock, so that whatever happens next (an up-to-date check, errors, a new build) finds the site.
     */
    public static void finishInterruptedSwap(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path staging = stagingFolder(absolute);
        Path staged = staging.resolve(NEW);
        try {
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(staging.resolve(PREVIOUS), LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staged, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the site a killed build left in " + staged + " to " + absolute, e);
        }
    }

    /**
     * Starts the {@code new} folder in staging: the previous site when there is one to reuse, else empty.
     * What else an earlier build left there is deleted meanwhile.
     */
    public static StagedSiteWriter begin(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path staging = stagingFolder(absolute);
        StagedSiteWriter writer = new StagedSiteWriter(absolute, staging);
        try {
            Files.createDirectories(staging);
            Path trash = staging.resolve("trash");
            deleteTree(trash); // a trash folder survives only if an earlier build was killed while deleting
            Path previous = staging.resolve(PREVIOUS);
            moveToTrash(writer.site, trash); // a build that failed or was killed before its swap
            if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                if (isPlainTree(previous)) {
                    Files.move(previous, writer.site, StandardCopyOption.ATOMIC_MOVE);
                    writer.reusing = true;
                } else {
                    moveToTrash(previous, trash);
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

    private static void moveToTrash(Path folder, Path trash) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(trash);
            Files.move(folder, trash.resolve(folder.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Only folders and regular files, no links: a tree this writer made, safe to write into. */
    private static boolean isPlainTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** Stages {@code content} at {@code sitePath}: a link to the published file when it is the same, else a new file. */
    @Override
    public void writeBytes(String sitePath, byte[] content) {
        Path target = resolve(sitePath);
        produced.add(sitePath);
        try {
            Files.createDirectories(target.getParent());
            if (!linkUnchanged(sitePath, target, content)) {
                // A file left from the previous site may be a link to a published file: replace, never write through.
                Files.deleteIfExists(target);
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        files.incrementAndGet();
        bytes.addAndGet(content.length);
        noteSize(sitePath, content.length);
    }

    private synchronized void noteSize(String sitePath, long size) {
        if (size > largestBytes || size == largestBytes && sitePath.compareTo(largestFile) < 0) {
            largestBytes = size;
            largestFile = sitePath;
        }
    }

    /** The staged site's size: files, bytes, the largest file, the folder with the most entries. */
    public synchronized SiteSize size() {
        java.util.Map<String, java.util.Set<String>> entries = new java.util.HashMap<>();
        for (String path : produced) {
            String child = path;
            int slash = child.lastIndexOf('/');
            while (true) {
                String parent = slash < 0 ? "" : child.substring(0, slash);
                if (!entries.computeIfAbsent(parent, k -> new java.util.HashSet<>()).add(child) || slash < 0) {
                    break; // the folder was counted from another of its files
                }
                child = parent;
                slash = child.lastIndexOf('/');
            }
        }
        String fullest = "";
        int most = 0;
        for (var e : new java.util.TreeMap<>(entries).entrySet()) {
            if (e.getValue().size() > most) {
                most = e.getValue().size();
                fullest = e.getKey();
            }
        }
        return new SiteSize(files.get(), entries.size() - (entries.containsKey("") ? 1 : 0), bytes.get(), largestFile,
                Math.max(0, largestBytes), fullest, most);
    }

    private boolean linkUnchanged(String sitePath, Path target, byte[] content) {
        Path published = output.resolve(sitePath).normalize();
        try {
            if (!published.startsWith(output) || !Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(published) != content.length
                    || !Arrays.equals(Files.readAllBytes(published), content)) {
                return false;
            }
            linkToPublished(target, published);
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
            linkToPublished(target, published);
            produced.add(sitePath);
            long size = Files.size(target);
            files.incrementAndGet();
            bytes.addAndGet(size);
            noteSize(sitePath, size);
            unchanged.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Makes {@code target} the published file itself (a hard link), unless it already is. */
    private void linkToPublished(Path target, Path published) throws IOException {
        if (reusing && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(target, published)) {
            return;
        }
        Files.deleteIfExists(target);
        Files.createLink(target, published);
    }

    @Override
    public boolean produced(String sitePath) {
        return produced.contains(sitePath);
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
        Path previous = staging.resolve(PREVIOUS);
        try {
            cleanup.join();
            if (reusing) {
                SiteFolder.deleteUnproduced(site, produced); // what the previous site had and this build did not make
            }
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
        return SiteFolder.resolve(site, sitePath);
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
