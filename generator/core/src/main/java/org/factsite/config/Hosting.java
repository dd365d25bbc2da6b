package org.factsite.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a site is published, and what that host refuses: a site past one of these limits fails to deploy at the end
 * of a desk's CI, so the build checks them first. The limits as each host documents them (docs/publishing.md gives
 * the sources); none means the host states none that a static site reaches.
 */
public enum Hosting {

    GITHUB_PAGES("github-pages", "GitHub Pages", gb(1), none(), none(), none()),
    /** GitLab counts folders among a site's entries. */
    GITLAB_PAGES("gitlab-pages", "GitLab Pages", gb(1), OptionalLong.of(200_000), none(), none()),
    CLOUDFLARE_PAGES("cloudflare-pages", "Cloudflare Pages (free plan)", none(), OptionalLong.of(20_000),
            OptionalLong.of(25_000_000L), none()),
    CLOUDFLARE_PAGES_PAID("cloudflare-pages-paid", "Cloudflare Pages (paid plans)", none(), OptionalLong.of(100_000),
            OptionalLong.of(25_000_000L), none()),
    NETLIFY("netlify", "Netlify", none(), none(), none(), OptionalLong.of(54_000)),
    /** Object storage behind a CDN ({@code site:deploy}): a single upload takes up to 5 GB. */
    S3("s3", "S3-compatible storage", none(), none(), OptionalLong.of(5_000_000_000L), none());

    public static final Hosting DEFAULT = GITHUB_PAGES;

    private final String key;
    private final String title;
    private final OptionalLong maxBytes;
    private final OptionalLong maxFiles;
    private final OptionalLong maxFileBytes;
    private final OptionalLong maxFolderEntries;

    Hosting(String key, String title, OptionalLong maxBytes, OptionalLong maxFiles, OptionalLong maxFileBytes,
            OptionalLong maxFolderEntries) {
        this.key = key;
        this.title = title;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.maxFileBytes = maxFileBytes;
        this.maxFolderEntries = maxFolderEntries;
    }

    /** As site.yaml and the command line name it, e.g. {@code github-pages}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The whole site's bytes. */
    public OptionalLong maxBytes() {
        return maxBytes;
    }

    public OptionalLong maxFiles() {
        return maxFiles;
    }

    public OptionalLong maxFileBytes() {
        return maxFileBytes;
    }

    /** Files and folders in one folder. */
    public OptionalLong maxFolderEntries() {
        return maxFolderEntries;
    }

    /** Whether the host counts folders with the files against {@link #maxFiles}. */
    public boolean countsFolders() {
        return this == GITLAB_PAGES;
    }

    public static Optional<Hosting> of(String key) {
        return List.of(values()).stream().filter(h -> h.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return List.of(values()).stream().map(Hosting::key).toList();
    }

    private static OptionalLong gb(long n) {
        return OptionalLong.of(n * 1_000_000_000L);
    }

    private static OptionalLong none() {
        return OptionalLong.empty();
    }
}
