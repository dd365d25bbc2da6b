package org.factsite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.factsite.preview.LivePreview;
import org.factsite.site.BuildRequest;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factsite serve}: the live preview, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the archive with drafts and future claims, serves it at http://127.0.0.1:8100/<base "
                + "path>/, and rebuilds and reloads open pages on every change. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8100;

    @CommandLine.Mixin
    ArchiveOptions archive;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/preview",
            description = "Where the preview's site is written (not the published site). Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on; 0.0.0.0 shows the preview to other machines. "
                    + "Default: ${DEFAULT-VALUE} (this machine only)")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "The port; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BuildRequest request = archive.request(output, spec.commandLine());
        PrintStream out = System.out;
        LivePreview preview = new LivePreview(request, host, port, out, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Preview stopped.");
        }, "factsite-preview-stop"));
        out.println("Serving " + preview.start() + " (drafts and future claims included). Ctrl-C stops.");
        preview.join();
        return 0;
    }
}
