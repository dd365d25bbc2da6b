package org.factsite.site;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build needs, as the Mojo, the CLI or a test gives it.
 *
 * @param contentDirectory the archive's {@code content/} folder (site.yaml, claims/)
 * @param outputDirectory  where the site is published; replaced as a whole on success
 * @param themeDirectory   a theme folder overriding the bundled default, if any
 * @param baseUrl          overrides site.yaml's baseUrl (e.g. from GitHub Pages' configure-pages)
 * @param includeDrafts    also publish claims marked {@code draft: true}
 * @param includeFuture    also publish claims checked after today
 * @param strict           treat warnings as errors (for CI)
 * @param clock            what "today" is (in site.yaml's time zone); fixed in tests
 * @param maxFileBytes     larger content files are an error
 * @param reportRoot       file paths in messages are shown relative to this folder
 * @param hosting          overrides site.yaml's {@code hosting:} (where the site goes, whose limits are checked)
 */
public record BuildRequest(Path contentDirectory, Path outputDirectory, Optional<Path> themeDirectory,
        Optional<String> baseUrl, boolean includeDrafts, boolean includeFuture, boolean strict, Clock clock,
        long maxFileBytes, Path reportRoot, Optional<String> hosting) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public BuildRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(themeDirectory, "themeDirectory");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(reportRoot, "reportRoot");
        Objects.requireNonNull(hosting, "hosting");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        contentDirectory = contentDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        themeDirectory = themeDirectory.map(p -> p.toAbsolutePath().normalize());
        baseUrl = baseUrl.filter(u -> !u.isBlank());
        reportRoot = reportRoot.toAbsolutePath().normalize();
        hosting = hosting.filter(h -> !h.isBlank());
    }

    /**
     * A request with defaults: bundled theme, no drafts or future claims, not strict, the system clock, a 1 MiB
     * file limit, paths in messages shown from the content folder's parent.
     */
    public static BuildRequest of(Path contentDirectory, Path outputDirectory) {
        Path content = contentDirectory.toAbsolutePath().normalize();
        return new BuildRequest(content, outputDirectory, Optional.empty(), Optional.empty(), false, false, false,
                Clock.systemUTC(), DEFAULT_MAX_FILE_BYTES, content.getParent() == null ? content : content.getParent(),
                Optional.empty());
    }

    /** This request writing to {@code output} instead (the preview's folder, another site to compare). */
    public BuildRequest withOutputDirectory(Path output) {
        return new BuildRequest(contentDirectory, output, themeDirectory, baseUrl, includeDrafts, includeFuture, strict,
                clock, maxFileBytes, reportRoot, hosting);
    }

    /** @param theme null for the bundled theme alone */
    public BuildRequest withThemeDirectory(Path theme) {
        return new BuildRequest(contentDirectory, outputDirectory, Optional.ofNullable(theme), baseUrl, includeDrafts,
                includeFuture, strict, clock, maxFileBytes, reportRoot, hosting);
    }

    /** @param url null or blank for site.yaml's */
    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, Optional.ofNullable(url),
                includeDrafts, includeFuture, strict, clock, maxFileBytes, reportRoot, hosting);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, drafts, includeFuture,
                strict, clock, maxFileBytes, reportRoot, hosting);
    }

    public BuildRequest withFuture(boolean future) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts, future,
                strict, clock, maxFileBytes, reportRoot, hosting);
    }

    public BuildRequest withStrict(boolean strictMode) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts,
                includeFuture, strictMode, clock, maxFileBytes, reportRoot, hosting);
    }

    public BuildRequest withClock(Clock newClock) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts,
                includeFuture, strict, newClock, maxFileBytes, reportRoot, hosting);
    }

    public BuildRequest withMaxFileBytes(long bytes) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts,
                includeFuture, strict, clock, bytes, reportRoot, hosting);
    }

    public BuildRequest withReportRoot(Path root) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts,
                includeFuture, strict, clock, maxFileBytes, root, hosting);
    }

    /** @param host null or blank for site.yaml's */
    public BuildRequest withHosting(String host) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts,
                includeFuture, strict, clock, maxFileBytes, reportRoot, Optional.ofNullable(host));
    }
}
