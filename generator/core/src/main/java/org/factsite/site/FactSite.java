package org.factsite.site;

import org.factsite.cache.BuildCache;
import org.factsite.cache.DiskCache;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.links.LinkChecks;
import org.factsite.links.LinkOptions;
import org.factsite.links.LinkSummary;
import org.factsite.model.Editions;

/**
 * The one entry point of the core library, used by the Maven plugin, the CLI and tests alike.
 * Stateless: builds may run in parallel.
 */
public final class FactSite {

    private FactSite() {
    }

    /**
     * Builds the archive in {@code request.contentDirectory()} into {@code request.outputDirectory()}.
     *
     * @throws ContentErrorsException when the archive has errors; nothing is written then, and the exception
     *                                lists every error (and warning) with file and line
     */
    public static BuildResult build(BuildRequest request) throws ContentErrorsException {
        return new SiteBuild(request, DiskCache.forBuild(request.outputDirectory(), request.contentDirectory(),
                request.themeDirectory())).build();
    }

    /**
     * Builds as {@link #build} does without reusing anything of an earlier build or leaving anything for a
     * later one: the reference every warm build must equal byte for byte.
     */
    public static BuildResult buildClean(BuildRequest request) throws ContentErrorsException {
        return new SiteBuild(request, BuildCache.none()).build();
    }

    /**
     * Checks the archive as a build would (every file parsed and validated) without rendering or writing.
     *
     * @throws ContentErrorsException when the archive has errors (or, in strict mode, warnings)
     */
    /**
     * Checks every web address the archive's claims link (sources, appearances, links in the text) and writes the
     * report into {@code options.reportFolder()}. Asks the network: unlike a build, which never does.
     */
    public static LinkSummary links(BuildRequest request, LinkOptions options)
            throws ContentErrorsException, InterruptedException {
        Editions editions = new SiteBuild(request, BuildCache.none()).archive();
        return LinkChecks.run(editions, request.reportRoot(), options, request.clock());
    }

    public static CheckResult check(BuildRequest request) throws ContentErrorsException {
        return new SiteBuild(request, DiskCache.forCheck(request.outputDirectory(), request.contentDirectory(),
                request.themeDirectory())).check();
    }
}
