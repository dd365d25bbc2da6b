package org.factsite.fork;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.CheckResult;
import org.factsite.site.FactSite;

/**
 * The build JVM's entry point: builds or checks the request given as arguments and answers on standard output
 * (see {@link ForkProtocol}). Exit status 0: built (or checked); 65: the archive has errors (listed); 70: the task
 * failed otherwise (the stack trace is on standard error). Not 1 or 2: a JVM that cannot start exits with 1.
 */
public final class ForkedBuildMain {

    static final int CONTENT_ERRORS = 65; // sysexits' EX_DATAERR
    static final int FAILED = 70; // EX_SOFTWARE

    private ForkedBuildMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // share cards are drawn in memory, never on a screen
        PrintStream answer = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err); // anything else a library prints must not mix with the answer
        int status;
        try {
            BuildRequest request = ForkProtocol.request(Arrays.copyOfRange(args, 1, args.length));
            switch (args[0]) {
                case ForkProtocol.BUILD -> {
                    BuildResult result = FactSite.build(request);
                    result.warnings().forEach(w -> answer.println(ForkProtocol.line(w)));
                    answer.println(ForkProtocol.line(result));
                }
                case ForkProtocol.CHECK -> {
                    CheckResult result = FactSite.check(request);
                    result.warnings().forEach(w -> answer.println(ForkProtocol.line(w)));
                    answer.println(ForkProtocol.line(result));
                }
                default -> throw new IllegalArgumentException("unknown task: " + args[0]);
            }
            status = 0;
        } catch (ContentErrorsException e) {
            for (Diagnostic d : e.diagnostics()) {
                answer.println(ForkProtocol.line(d));
            }
            status = CONTENT_ERRORS;
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            status = FAILED;
        }
        answer.flush();
        System.exit(status);
    }
}
