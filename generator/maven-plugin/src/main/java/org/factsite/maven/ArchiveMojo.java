package org.factsite.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.factsite.site.BuildRequest;

/** The parameters that say which archive a goal works on, shared by generate, check and serve. */
abstract class ArchiveMojo extends AbstractMojo {

    /** The archive's content folder: site.yaml and claims/. */
    @Parameter(property = "factsite.contentDirectory", defaultValue = "${project.basedir}/content", required = true)
    protected File contentDirectory;

    /** A theme folder whose templates, assets and messages override the bundled default theme's. */
    @Parameter(property = "factsite.themeDirectory")
    protected File themeDirectory;

    /** The site's public address, overriding site.yaml (e.g. GitHub Pages' configure-pages base_url). */
    @Parameter(property = "factsite.baseUrl")
    protected String baseUrl;

    /** Content files larger than this many bytes are an error. */
    @Parameter(property = "factsite.maxFileBytes", defaultValue = "1048576")
    protected long maxFileBytes;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** A request for this archive that writes to {@code output}; paths in messages are shown from the project. */
    protected BuildRequest request(Path output) {
        return BuildRequest.of(contentDirectory.toPath(), output)
                .withThemeDirectory(themeDirectory == null ? null : themeDirectory.toPath())
                .withBaseUrl(baseUrl)
                .withMaxFileBytes(maxFileBytes)
                .withReportRoot(basedir.toPath());
    }
}
