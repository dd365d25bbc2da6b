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
 */
public record BuildRequest(Path contentDirectory, Path outputDirectory, Optional<Path> themeDirectory,
        Optional<String> baseUrl, boolean includeDrafts, boolean includeFuture, boolean strict, Clock clock,
        long maxFileBytes, Path reportRoot) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public BuildRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(themeDirectory, "themeDirectory");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(reportRoot, "reportRoot");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        contentDirectory = contentDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        themeDirectory = themeDirectory.map(p -> p.toAbsolutePath().normalize());
        baseUrl = baseUrl.filter(u -> !u.isBlank());
        reportRoot = reportRoot.toAbsolutePath().normalize();
    }

    /**
     * A request with defaults: bundled theme, no drafts or future claims, not strict, the system clock, a 1 MiB
     * file limit, paths in messages shown from the content folder's parent.
     */
    public static BuildRequest of(Path contentDirectory, Path outputDirectory) {
        Path content = contentDirectory.toAbsolutePath().normalize();
        return new BuildRequest(content, outputDirectory, Optional.empty(), Optional.empty(), false, false, false,
                Clock.systemUTC(), DEFAULT_MAX_FILE_BYTES, content.getParent() == null ? content : content.getParent());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public BuildRequest withThemeDirectory(Path theme) {
        return toBuilder().themeDirectory(theme).build();
    }

    public BuildRequest withBaseUrl(String url) {
        return toBuilder().baseUrl(url).build();
    }

    public BuildRequest withDrafts(boolean drafts) {
        return toBuilder().includeDrafts(drafts).build();
    }

    public BuildRequest withFuture(boolean future) {
        return toBuilder().includeFuture(future).build();
    }

    public BuildRequest withStrict(boolean strictMode) {
        return toBuilder().strict(strictMode).build();
    }

    public BuildRequest withClock(Clock newClock) {
        return toBuilder().clock(newClock).build();
    }

    public BuildRequest withMaxFileBytes(long bytes) {
        return toBuilder().maxFileBytes(bytes).build();
    }

    public BuildRequest withReportRoot(Path root) {
        return toBuilder().reportRoot(root).build();
    }

    /** Changes some fields of a request; nulls mean "not given". */
    public static final class Builder {
        private Path contentDirectory;
        private Path outputDirectory;
        private Optional<Path> themeDirectory;
        private Optional<String> baseUrl;
        private boolean includeDrafts;
        private boolean includeFuture;
        private boolean strict;
        private Clock clock;
        private long maxFileBytes;
        private Path reportRoot;

        private Builder(BuildRequest r) {
            contentDirectory = r.contentDirectory;
            outputDirectory = r.outputDirectory;
            themeDirectory = r.themeDirectory;
            baseUrl = r.baseUrl;
            includeDrafts = r.includeDrafts;
            includeFuture = r.includeFuture;
            strict = r.strict;
            clock = r.clock;
            maxFileBytes = r.maxFileBytes;
            reportRoot = r.reportRoot;
        }

        public Builder outputDirectory(Path output) {
            outputDirectory = output;
            return this;
        }

        public Builder themeDirectory(Path theme) {
            themeDirectory = Optional.ofNullable(theme);
            return this;
        }

        public Builder baseUrl(String url) {
            baseUrl = Optional.ofNullable(url);
            return this;
        }

        public Builder includeDrafts(boolean value) {
            includeDrafts = value;
            return this;
        }

        public Builder includeFuture(boolean value) {
            includeFuture = value;
            return this;
        }

        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder maxFileBytes(long value) {
            maxFileBytes = value;
            return this;
        }

        public Builder reportRoot(Path value) {
            reportRoot = value;
            return this;
        }

        public BuildRequest build() {
            return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts,
                    includeFuture, strict, clock, maxFileBytes, reportRoot);
        }
    }
}
