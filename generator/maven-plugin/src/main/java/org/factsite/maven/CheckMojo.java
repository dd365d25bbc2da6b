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
import org.factsite.site.CheckResult;
import org.factsite.site.FactSite;

/**
 * Checks the archive without building it: {@code mvn site:check}. Every file is parsed and validated as for a
 * build and every problem printed; nothing is written. Fails like a build would (content errors, or warnings
 * with {@code strict}), so it serves as a pre-commit hook or a quick CI step. Runs in a JVM of its own, as
 * generate does ({@code fork}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends ForkingMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildRequest request = request(outputDirectory.toPath()).withStrict(strict);
        try {
            CheckResult result = fork ? ForkedBuild.check(request, forkOptions(), getLog()::info) : FactSite.check(request);
            for (Diagnostic warning : result.warnings()) {
                getLog().warn(warning.format(request.reportRoot()));
            }
            getLog().info("FactSite: checked " + result.claims() + " claims and " + result.pages() + " pages: no errors, "
                    + result.warnings().size() + " warnings");
        } catch (ContentErrorsException e) {
            throw new MojoFailureException(e.report());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("FactSite could not read files: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("FactSite failed unexpectedly: " + e, e);
        }
    }
}
