package org.factsite.cli;

import java.nio.file.Path;

import org.factsite.site.BuildRequest;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say which archive a command works on, shared by build, check and serve. */
final class ArchiveOptions {

    @Option(names = {"-c", "--content"}, paramLabel = "DIR", defaultValue = "content",
            description = "The archive's content folder (site.yaml, claims/). Default: ${DEFAULT-VALUE}")
    Path content;

    @Option(names = {"-t", "--theme"}, paramLabel = "DIR",
            description = "A theme folder whose files override the bundled default theme.")
    Path theme;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public address; overrides baseUrl in site.yaml.")
    String baseUrl;

    @Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "Content files larger than this are an error. Default: ${DEFAULT-VALUE}")
    long maxFileBytes;

    /** A request for this archive writing to {@code output}; paths in messages are shown from the working folder. */
    BuildRequest request(Path output, CommandLine commandLine) {
        if (maxFileBytes < 1) {
            throw new CommandLine.ParameterException(commandLine, "--max-file-bytes must be positive");
        }
        return BuildRequest.of(content, output).withThemeDirectory(theme).withBaseUrl(baseUrl)
                .withMaxFileBytes(maxFileBytes).withReportRoot(Path.of("").toAbsolutePath());
    }
}
