package org.factsite.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Severity;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.CheckResult;
import org.junit.jupiter.api.Test;

class ForkProtocolTest {

    @Test
    void aRequestSurvivesTheTrip() {
        BuildRequest request = BuildRequest.of(Path.of("/a/content"), Path.of("/a/target/site"))
                .withThemeDirectory(Path.of("/a/theme")).withBaseUrl("https://x.example/p/").withDrafts(true)
                .withFuture(true).withStrict(true).withMaxFileBytes(99).withReportRoot(Path.of("/a"))
                .withClock(Clock.fixed(Instant.parse("2026-12-01T10:15:30Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertEquals(request, ForkProtocol.request(ForkProtocol.arguments(request).toArray(String[]::new)));
        BuildRequest plain = BuildRequest.of(Path.of("/a/content"), Path.of("/a/site"));
        assertEquals(plain, ForkProtocol.request(ForkProtocol.arguments(plain).toArray(String[]::new)));
    }

    @Test
    void diagnosticsAndResultsSurviveTheTrip() {
        Diagnostic d = new Diagnostic(Path.of("/a/content/claims/x\ty.md"), 12, Severity.WARNING,
                "a message with\ttabs,\nlines, \\n backslashes and \"quotes\" – and Vietnamese: Hạ Long");
        assertEquals(d, ForkProtocol.diagnostic(ForkProtocol.line(d)).orElseThrow());
        BuildResult r = new BuildResult(10, 20, 30_000_000_000L, 5, List.of(d), false, 7, 3, 4, "cloudflare-pages");
        assertEquals(r, ForkProtocol.result(ForkProtocol.line(r), List.of(d)).orElseThrow());
        CheckResult c = new CheckResult(10_000, 5, List.of(d), 12);
        assertEquals(c, ForkProtocol.checkResult(ForkProtocol.line(c), List.of(d)).orElseThrow());
        assertEquals(List.of(), ForkProtocol.checkResult(ForkProtocol.line(r), List.of()).stream().toList(),
                "a build's result is not a check's");
        assertEquals(List.of(), ForkProtocol.diagnostic("[0.012s][warning][cds] some JVM message").stream().toList());
    }
}
