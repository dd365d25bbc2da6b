package org.factsite.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.factsite.values.Digests;

/** The built site, file by file, as the bucket should hold it. */
final class LocalSite {

    /** Upload waves: files that pages need, then claim pages, then the pages that list them, then the way in. */
    static final int ASSETS = 0;
    static final int CLAIM_PAGES = 1;
    static final int OTHER_PAGES = 2;
    static final int FEEDS = 3;
    static final int HOME = 4;

    private LocalSite() {
    }

    static List<LocalFile> scan(Path site, ServingRules rules) {
        if (!Files.isDirectory(site)) {
            throw new DeployException("there is no built site at " + site + "; build it first (mvn site:generate, or "
                    + "factsite build)");
        }
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).sorted().parallel()
                    .map(file -> local(site, file, rules)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site at " + site, e);
        }
    }

    private static LocalFile local(Path site, Path file, ServingRules rules) {
        String sitePath = site.relativize(file).toString().replace('\\', '/');
        byte[] bytes = read(file);
        return new LocalFile(sitePath, file, Digests.sha256(bytes), bytes.length, rules.contentType(sitePath),
                rules.cacheControl(sitePath), rules.compressed(sitePath) ? "gzip" : null, wave(sitePath));
    }

    /**
     * When a file goes up: what pages show (styles, images, cards) first; then claim pages; then the other pages,
     * which link to claim pages; then feeds, sitemaps and search and data files, which name pages; the home pages
     * and the 404 page last. A reader who arrives mid-deploy never follows a link to a file not yet there.
     */
    static int wave(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        boolean html = name.endsWith(".html");
        String[] parts = sitePath.split("/");
        boolean home = html && (parts.length == 1 || parts.length == 2 && parts[0].matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"))
                && (name.equals("index.html") || name.equals("404.html"));
        if (home) {
            return HOME;
        }
        if (html) {
            return sitePath.matches("([a-z]{2,3}(-[A-Za-z0-9]+)*/)?claims/[^/]+/.*") ? CLAIM_PAGES : OTHER_PAGES;
        }
        if (name.endsWith(".xml") || name.equals("robots.txt") || name.startsWith("feed") || name.startsWith("claimreview")
                || sitePath.contains("search/") || name.equals("oembed.json")) {
            return FEEDS;
        }
        return ASSETS;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Gzip without a time or name in its header: the same file gives the same bytes, and the same ETag. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
