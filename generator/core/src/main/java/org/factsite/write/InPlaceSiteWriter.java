package org.factsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Updates a site folder where it is, for the preview: writes only files whose bytes changed (each through a
 * temporary file and a rename, so the server never sends half a file) and, on {@link #finish()}, deletes the
 * files this build did not produce. Unlike {@link StagedSiteWriter} it does not swap the whole site at once,
 * which takes a second at 10,000 claims; a preview can afford a moment where some pages are newer than others.
 */
public final class InPlaceSiteWriter implements SiteOutput {

    private final Path site;
    /** The files the last build of this folder produced, when known: then finishing needs no walk of the site. */
    private final Set<String> before;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();

    /** @param before the {@link #produced()} files of the last build of {@code site}, or null to look */
    public InPlaceSiteWriter(Path site, Set<String> before) {
        this.site = site.toAbsolutePath().normalize();
        this.before = before == null ? null : Set.copyOf(before);
        try {
            Files.createDirectories(this.site);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + this.site, e);
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
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".factsite-", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.add(sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Deletes what the site held but this build did not produce (pages of deleted claims), and empty folders. */
    public void finish() {
        try {
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
