package org.factsite.maven;

import java.io.UncheckedIOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.fork.ForkedBuild;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.FactSite;

/**
 * Builds the fact-check site: {@code mvn site:generate}. Maps the parameters to one request for the
 * FactSite core and its outcome to Maven's: archive mistakes fail the build with the list of them
 * (MojoFailureException, no stack trace), anything else is a MojoExecutionException.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends ForkingMojo {

    /** Also publish claims marked {@code draft: true}. */
    @Parameter(property = "factsite.drafts", defaultValue = "false")
    private boolean drafts;

    /** Also publish claims checked after today (in site.yaml's time zone). */
    @Parameter(property = "factsite.future", defaultValue = "false")
    private boolean future;

    /**
     * Where the site goes, whose limits the build checks (github-pages, gitlab-pages, cloudflare-pages,
     * cloudflare-pages-paid, netlify, s3); overrides {@code hosting} in site.yaml.
     */
    @Parameter(property = "factsite.hosting")
    private String hosting;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildRequest request = request(outputDirectory.toPath()).withDrafts(drafts).withFuture(future)
                .withStrict(strict).withHosting(hosting);
        try {
            BuildResult result = fork ? ForkedBuild.run(request, forkOptions(), getLog()::info) : FactSite.build(request);
            for (Diagnostic warning : result.warnings()) {
                getLog().warn(warning.format(request.reportRoot()));
            }
            if (result.upToDate()) {
                getLog().info("FactSite: up to date, nothing changed since the last build of " + result.claims()
                        + " claims in " + request.outputDirectory() + "; " + result.siteLine());
            } else {
                getLog().info("FactSite: built " + result.claims() + " claims, " + result.filesWritten() + " files ("
                        + result.bytesWritten() + " bytes, " + result.filesUnchanged() + " unchanged, " + result.pagesKept()
                        + " pages not rendered again, " + result.cardsDrawn()
                        + (result.cardsDrawn() == 1 ? " share card" : " share cards") + " drawn) in "
                        + request.outputDirectory() + "; " + result.siteLine());
            }
        } catch (ContentErrorsException e) {
            throw new MojoFailureException(e.report());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("FactSite could not read or write files: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("FactSite failed unexpectedly: " + e, e);
        }
    }
}
