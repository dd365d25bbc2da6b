package org.factsite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.FactSite;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factsite build}: renders the archive into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates the archive and renders the site. Nothing is written if the archive has errors.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ArchiveOptions archive;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/site",
            description = "Where the site is written; replaced as a whole on success. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--drafts", description = "Also publish claims marked `draft: true`.")
    boolean drafts;

    @Option(names = "--future", description = "Also publish claims checked after today.")
    boolean future;

    @Option(names = "--strict", description = "Fail on warnings too (for CI).")
    boolean strict;

    @Option(names = "--hosting", paramLabel = "HOST", description = "Where the site goes, whose limits the build "
            + "checks: github-pages, gitlab-pages, cloudflare-pages, cloudflare-pages-paid, netlify or s3; overrides "
            + "hosting in site.yaml.")
    String hosting;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildRequest request = archive.request(output, spec.commandLine()).withDrafts(drafts).withFuture(future)
                .withStrict(strict).withHosting(hosting);
        Path here = request.reportRoot();
        long start = System.nanoTime();
        try {
            BuildResult result = FactSite.build(request);
            for (Diagnostic warning : result.warnings()) {
                err.println(warning.format(here));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (result.upToDate()) {
                out.printf("Up to date: nothing changed since the last build of %d claims in %s (%d ms); %s%n",
                        result.claims(), request.outputDirectory(), ms, result.siteLine());
            } else {
                out.printf("Built %d claims: %d files, %d bytes in %s (%d unchanged, %d pages not rendered again, "
                        + "%d share %s drawn) (%d ms); %s%n", result.claims(), result.filesWritten(),
                        result.bytesWritten(), request.outputDirectory(), result.filesUnchanged(), result.pagesKept(),
                        result.cardsDrawn(), result.cardsDrawn() == 1 ? "card" : "cards", ms, result.siteLine());
            }
            return 0;
        } catch (ContentErrorsException e) {
            err.println(e.report());
            return FactSiteCli.CONTENT_ERRORS;
        }
    }
}
