package org.factsite.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.CheckResult;

/**
 * Runs {@link org.factsite.site.FactSite#build} (or {@code check}) in a JVM of its own and answers as it would:
 * the same result, the same {@link ContentErrorsException} with every diagnostic. The build JVM is stopped if this one
 * is (Ctrl-C in Maven), and a build that dies leaves the published site as it was (builds write to a staging
 * folder).
 */
public final class ForkedBuild {

    private ForkedBuild() {
    }

    /**
     * Builds the site as {@link org.factsite.site.FactSite#build} would.
     *
     * @param log receives what the build JVM prints besides its answer (JVM warnings, a stack trace), one line at
     *            a time
     */
    public static BuildResult run(BuildRequest request, ForkOptions options, Consumer<String> log)
            throws ContentErrorsException {
        return fork(ForkProtocol.BUILD, request, options, log, ForkProtocol::result);
    }

    /** Checks the archive as {@link org.factsite.site.FactSite#check} would; {@code log} as for {@link #run}. */
    public static CheckResult check(BuildRequest request, ForkOptions options, Consumer<String> log)
            throws ContentErrorsException {
        return fork(ForkProtocol.CHECK, request, options, log, ForkProtocol::checkResult);
    }

    /** Runs {@code task} in a JVM of its own; {@code answer} reads the result line, given the warnings before it. */
    private static <R> R fork(String task, BuildRequest request, ForkOptions options, Consumer<String> log,
            BiFunction<String, List<Diagnostic>, Optional<R>> answer) throws ContentErrorsException {
        ClassData classData = ClassData.of(options, task);
        List<String> command = new ArrayList<>();
        command.add(options.java().toString());
        command.addAll(options.jvmArgs());
        command.addAll(classData.jvmArgs());
        command.add("-cp");
        command.add(options.classpath().stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator)));
        command.add(ForkedBuildMain.class.getName());
        command.add(task);
        command.addAll(ForkProtocol.arguments(request));

        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the build JVM " + options.java() + ": " + e.getMessage(), e);
        }
        Thread stopper = new Thread(process::destroyForcibly, "factsite-stop-build-jvm");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            Thread errors = new Thread(() -> relay(process, log), "factsite-build-jvm-stderr");
            errors.start();
            List<Diagnostic> diagnostics = new ArrayList<>();
            Optional<R> result = Optional.empty();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    Optional<Diagnostic> diagnostic = ForkProtocol.diagnostic(line);
                    if (diagnostic.isPresent()) {
                        diagnostics.add(diagnostic.get());
                        continue;
                    }
                    Optional<R> last = answer.apply(line, diagnostics);
                    if (last.isPresent()) {
                        result = last;
                    } else {
                        log.accept(line);
                    }
                }
            }
            int status = process.waitFor();
            errors.join();
            if (status == ForkedBuildMain.CONTENT_ERRORS) {
                throw new ContentErrorsException(diagnostics, request.reportRoot());
            }
            if (status != 0 || result.isEmpty()) {
                throw new IllegalStateException("the build JVM failed (exit status " + status + "); its messages are above");
            }
            classData.keep();
            return result.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build JVM's answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the build JVM was running", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs now
            }
        }
    }

    private static void relay(Process process, Consumer<String> log) {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null;) {
                log.accept(line);
            }
        } catch (IOException e) {
            log.accept("(the build JVM's messages could not be read: " + e.getMessage() + ")");
        }
    }
}
