package org.factsite.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.scaffold.ClaimScaffold;

/**
 * Starts a new claim: {@code mvn site:new -Dtitle="Is X true?"} writes {@code content/claims/<slug>.md} with
 * every field present and explained, today's date and {@code draft: true}. Never replaces a file.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** The question the new claim answers. */
    @Parameter(property = "title", required = true)
    private String title;

    /** The file name and address (lowercase letters, digits, hyphens); default: made from the title. */
    @Parameter(property = "slug")
    private String slug;

    /** The archive's content folder: site.yaml and claims/. */
    @Parameter(property = "factsite.contentDirectory", defaultValue = "${project.basedir}/content", required = true)
    private File contentDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Path file = ClaimScaffold.write(contentDirectory.toPath().toAbsolutePath().normalize(), title,
                    Optional.ofNullable(slug), Clock.systemUTC(), basedir.toPath());
            getLog().info("FactSite: wrote " + basedir.toPath().relativize(file) + "; fill it in, preview it with "
                    + "`mvn site:serve`, and delete `draft: true` to publish it");
        } catch (ContentErrorsException e) {
            throw new MojoFailureException(e.report());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("FactSite could not write the new claim: " + e.getMessage(), e);
        }
    }
}
