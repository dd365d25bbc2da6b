package org.factsite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.links.LinkOptions;
import org.factsite.links.LinkSummary;
import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factsite links}: asks every source, appearance and link of the archive whether it still answers. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = "Checks every web address the claims link (sources, appearances, links in the text) over "
                + "HTTP, at most one request a second per host, and writes report.html and report.json. Answers "
                + "are kept in the report folder, so a rerun asks only for stale ones. Exit status 0, or 2 with "
                + "--fail when a link is broken.")
final class LinksCommand implements Callable<Integer> {

    static final int BROKEN_LINKS = 2;

    @CommandLine.Mixin
    ArchiveOptions archive;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "target/links",
            description = "Where the report and the answers' cache go. Default: ${DEFAULT-VALUE}")
    Path report;

    @Option(names = "--max-age-days", defaultValue = "7",
            description = "Ask again for addresses checked longer ago than this. Default: ${DEFAULT-VALUE}")
    int maxAgeDays;

    @Option(names = "--max-requests", defaultValue = "2000",
            description = "Requests at most in one run; the rest wait for the next. Default: ${DEFAULT-VALUE}")
    int maxRequests;

    @Option(names = "--allow-host", split = ",", paramLabel = "HOST",
            description = "Ask this host even when it resolves to a private address (intranet sources); "
                    + "every other address off the public web is reported \"not checked: private address\".")
    java.util.List<String> allowHosts = java.util.List.of();

    @Option(names = "--fail", description = "Exit with status 2 when a link is broken.")
    boolean fail;

    @Option(names = "--archive", description = "Ask the Wayback Machine's Save Page Now for a copy of every source "
            + "that has no archived copy (six a minute) and list the copies in archived-copies.txt to paste from.")
    boolean archiveSources;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildRequest request = archive.request(Path.of("target/site"), spec.commandLine());
        LinkOptions options = LinkOptions.of(report, maxAgeDays, maxRequests).allowingHosts(allowHosts);
        if (archiveSources) {
            options = options.archivingWith(LinkOptions.SAVE_PAGE_NOW, Duration.ofSeconds(10));
        }
        try {
            LinkSummary summary = FactSite.links(request, options);
            out.println(summary.line());
            if (archiveSources) {
                out.printf("%d archived copies made; see %s%n", summary.archived(),
                        report.resolve("archived-copies.txt"));
            }
            return fail && summary.broken() > 0 ? BROKEN_LINKS : 0;
        } catch (ContentErrorsException e) {
            err.println(e.report());
            return FactSiteCli.CONTENT_ERRORS;
        }
    }
}
