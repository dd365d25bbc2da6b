package org.factsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Updates a site folder where it is, for the preview: only files whose bytes changed are written. Nothing
 * reaches the folder before {@link #finish()}: changed files wait in a pending folder beside it ({@code
 * preview.pending}) and are then renamed into place one by one (the server never sends half a file), and the
 * files this build did not produce are deleted. A build that fails {@link #abandon()}s them, so the folder
 * keeps the last good site, whatever the failure left half-rendered. Unlike {@link StagedSiteWriter} it does
 * not swap the whole site at once, which takes a second at 10,000 claims; a preview can afford a moment where
 * some pages are newer than others.
 */
public final class InPlaceSiteWriter implements SiteOutput {

    private final Path site;
    /** The files the last build of this folder produced, when known: then finishing needs no walk of the site. */
    private final Set<String> before;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Site path to its new content, waiting in the pending folder for {@link #finish()}. */
    private final Map<String, Path> pending = new ConcurrentHashMap<>();
    private final Path pendingFolder;
    private final AtomicLong bytes = new AtomicLong();

    /** @param before the {@link #produced()} files of the last build of {@code site}, or null to look */
    public InPlaceSiteWriter(Path site, Set<String> before) {
        this.site = site.toAbsolutePath().normalize();
        this.before = before == null ? null : Set.copyOf(before);
        this.pendingFolder = this.site.resolveSibling(this.site.getFileName() + ".pending");
        try {
            Files.createDirectories(this.site);
            StagedSiteWriter.deleteTree(pendingFolder); // left by a preview that was killed
            Files.createDirectories(pendingFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + this.site, e);
        }
    }

    @Override
    public boolean produced(String sitePath) {
        return produced.contains(sitePath);
    }

    /** The file is already there from the last build. */
    @Override
    public boolean keep(String sitePath) {
        Path target = resolve(sitePath);
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        produced.add(sitePath);
        return true;
    }

    @Override
    public void writeBytes(String sitePath, byte[] content) {
        Path target = resolve(sitePath);
        produced.add(sitePath);
        bytes.addAndGet(content.length);
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Path waiting = Files.createTempFile(pendingFolder, "file-", ".tmp");
            Files.write(waiting, content);
            Path replaced = pending.put(sitePath, waiting);
            if (replaced != null) {
                Files.deleteIfExists(replaced);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Moves the changed files into the site, then deletes what the site held but this build did not produce
     * (pages of deleted claims) and folders left empty.
     */
    public void finish() {
        try {
            for (Map.Entry<String, Path> file : new TreeMap<>(pending).entrySet()) {
                Path target = resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.move(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed.add(file.getKey());
            }
            pending.clear();
            if (before == null) {
                changed.addAll(SiteFolder.deleteUnproduced(site, produced));
                return;
            }
            for (String sitePath : before) {
                if (!produced.contains(sitePath)) {
                    Path file = resolve(sitePath);
                    Files.deleteIfExists(file);
                    changed.add(sitePath);
                    deleteEmptyParents(file.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + site, e);
        }
    }

    /** Drops what this build would have written: the site stays as the last finished build left it. */
    public void abandon() {
        try {
            StagedSiteWriter.deleteTree(pendingFolder);
            pending.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + pendingFolder, e);
        }
    }

    /** Site paths of the files this build produced. */
    public Set<String> produced() {
        return Set.copyOf(produced);
    }

    private void deleteEmptyParents(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(site) && !d.equals(site); d = d.getParent()) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    public long filesWritten() {
        return produced.size();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /** Site paths written or deleted by this build: what a browser showing them must reload. */
    public Set<String> changed() {
        return Set.copyOf(changed);
    }

    private Path resolve(String sitePath) {
        return SiteFolder.resolve(site, sitePath);
    }
}
