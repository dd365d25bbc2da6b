package org.factsite.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.scaffold.ClaimScaffold;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factsite new "Is X true?"}: a new claim file, a draft with every field ready to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes content/claims/<slug>.md for a new claim: every field present and explained, dated "
                + "today, marked as a draft. Never replaces an existing file.")
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TITLE", description = "The question the claim answers, e.g. \"Is X true?\"")
    String title;

    @Option(names = {"-c", "--content"}, paramLabel = "DIR", defaultValue = "content",
            description = "The archive's content folder. Default: ${DEFAULT-VALUE}")
    Path content;

    @Option(names = "--slug", paramLabel = "SLUG",
            description = "The file name and address, e.g. bridge-toll. Default: made from the title.")
    String slug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path here = Path.of("").toAbsolutePath();
        try {
            Path file = ClaimScaffold.write(content.toAbsolutePath().normalize(), title, Optional.ofNullable(slug),
                    Clock.systemUTC(), here);
            spec.commandLine().getOut().println("Wrote " + here.relativize(file)
                    + ": fill it in, preview it with `factsite serve`, and delete `draft: true` to publish it.");
            return 0;
        } catch (ContentErrorsException e) {
            spec.commandLine().getErr().println(e.report());
            return FactSiteCli.CONTENT_ERRORS;
        }
    }
}
