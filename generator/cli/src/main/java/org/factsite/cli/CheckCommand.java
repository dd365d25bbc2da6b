package org.factsite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.site.BuildRequest;
import org.factsite.site.CheckResult;
import org.factsite.site.FactSite;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factsite check}: every problem of the archive, nothing written (a pre-commit hook's command). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks every file of the archive as a build would and prints the problems. Writes nothing. "
                + "Exit status 0 when there are no errors, 1 when there are.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ArchiveOptions archive;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/site",
            description = "The site `build` writes: claims its last build parsed are read from beside it instead of "
                    + "parsed again. Nothing is written. Default: ${DEFAULT-VALUE}")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildRequest request = archive.request(output, spec.commandLine()).withStrict(strict);
        long start = System.nanoTime();
        try {
            CheckResult result = FactSite.check(request);
            for (Diagnostic warning : result.warnings()) {
                err.println(warning.format(request.reportRoot()));
            }
            out.printf("Checked %d claims and %d pages: no errors, %d warnings (%d ms)%n", result.claims(),
                    result.pages(), result.warnings().size(), (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (ContentErrorsException e) {
            err.println(e.report());
            return FactSiteCli.CONTENT_ERRORS;
        }
    }
}
