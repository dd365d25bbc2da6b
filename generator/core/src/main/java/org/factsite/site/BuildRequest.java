package org.factsite.site;

import java.nio.file.Path;
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
 * @param maxFileBytes     larger content files are an error
 * @param reportRoot       file paths in messages are shown relative to this folder
 */
public record BuildRequest(Path contentDirectory, Path outputDirectory, Optional<Path> themeDirectory,
        Optional<String> baseUrl, boolean includeDrafts, long maxFileBytes, Path reportRoot) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public BuildRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(themeDirectory, "themeDirectory");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(reportRoot, "reportRoot");
        contentDirectory = contentDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        themeDirectory = themeDirectory.map(p -> p.toAbsolutePath().normalize());
        reportRoot = reportRoot.toAbsolutePath().normalize();
    }

    /** A request with defaults: no theme override, no drafts, 1 MiB file limit, paths shown from the content's parent. */
    public static BuildRequest of(Path contentDirectory, Path outputDirectory) {
        Path content = contentDirectory.toAbsolutePath().normalize();
        return new BuildRequest(content, outputDirectory, Optional.empty(), Optional.empty(), false,
                DEFAULT_MAX_FILE_BYTES, content.getParent() == null ? content : content.getParent());
    }

    public BuildRequest withThemeDirectory(Path theme) {
        return new BuildRequest(contentDirectory, outputDirectory, Optional.ofNullable(theme), baseUrl,
                includeDrafts, maxFileBytes, reportRoot);
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory,
                Optional.ofNullable(url).filter(u -> !u.isBlank()), includeDrafts, maxFileBytes, reportRoot);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, drafts, maxFileBytes,
                reportRoot);
    }

    public BuildRequest withReportRoot(Path root) {
        return new BuildRequest(contentDirectory, outputDirectory, themeDirectory, baseUrl, includeDrafts,
                maxFileBytes, root);
    }
}
