package org.factsite.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.links.LinkOptions;
import org.factsite.links.LinkSummary;
import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;

/**
 * Checks every web address the archive's claims link (sources, appearances, links in the text):
 * {@code mvn site:links}. At most one request a second per host; answers are kept in the report folder, so a
 * rerun asks only for stale ones. Writes {@code report.html} and {@code report.json}; fails only when asked
 * ({@code -Dfactsite.links.fail=true}) and a link is broken. The only goal that uses the network.
 */
@Mojo(name = "links", threadSafe = true, requiresProject = true)
public class LinksMojo extends ArchiveMojo {

    /** Where the report and the answers' cache go. */
    @Parameter(property = "factsite.links.report", defaultValue = "${project.build.directory}/links", required = true)
    private File report;

    /** Ask again for addresses checked longer ago than this many days. */
    @Parameter(property = "factsite.links.maxAgeDays", defaultValue = "7")
    private int maxAgeDays;

    /** Requests at most in one run; the rest wait for the next. */
    @Parameter(property = "factsite.links.maxRequests", defaultValue = "2000")
    private int maxRequests;

    /**
     * Ask the Wayback Machine's Save Page Now for a copy of every source without an archived copy (six a
     * minute), listing the copies in {@code archived-copies.txt} for the author to paste.
     */
    @Parameter(property = "factsite.links.archive", defaultValue = "false")
    private boolean archive;

    /**
     * Hosts to ask even when they resolve to a private address (a desk's intranet sources), by the name links
     * spell them with, comma-separated. Every other address off the public web (loopback, private, link-local,
     * unique-local, multicast) is reported "not checked: private address" and never asked.
     */
    @Parameter(property = "factsite.links.allowHosts")
    private java.util.List<String> allowHosts;

    /** Fail the build when a link is broken. */
    @Parameter(property = "factsite.links.fail", defaultValue = "false")
    private boolean fail;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildRequest request = request(new File(basedir, "target/site").toPath());
        LinkOptions options = LinkOptions.of(report.toPath(), maxAgeDays, maxRequests)
                .allowingHosts(allowHosts == null ? java.util.List.of() : allowHosts);
        if (archive) {
            options = options.archivingWith(LinkOptions.SAVE_PAGE_NOW, java.time.Duration.ofSeconds(10));
        }
        try {
            LinkSummary summary = FactSite.links(request, options);
            getLog().info("FactSite: " + summary.line());
            if (archive) {
                getLog().info("FactSite: " + summary.archived() + " archived copies made; see "
                        + report.toPath().resolve("archived-copies.txt"));
            }
            if (fail && summary.broken() > 0) {
                throw new MojoFailureException(summary.broken() + " broken links; see " + summary.report());
            }
        } catch (ContentErrorsException e) {
            throw new MojoFailureException(e.report());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("FactSite: the link check was interrupted", e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("FactSite failed unexpectedly: " + e, e);
        }
    }
}
