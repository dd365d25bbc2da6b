package org.factsite.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factsite.testing.Folders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in Chromium, as a desk runs it (`factsite serve`, the reactor's CLI jar, in its own process:
 * its server's libraries are not this module's): its reload script and, after an edit that breaks a claim, its
 * problems overlay live within the page's Content-Security-Policy; the browser reports no violation.
 */
class PreviewInBrowserTest {

    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+/) ");

    @TempDir
    Path dir;

    @Test
    void theProblemsOverlayKeepsToThePagesPolicy() throws Exception {
        Browser.requireChromium();
        Path cli = cliJar();
        Path content = dir.resolve("content");
        Folders.copy(Path.of("../../content"), content);
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                cli.toString(), "serve", "-c", content.toString(), "-o", dir.resolve("preview").toString(), "-p", "0",
                "-t", Path.of("../../themes/default").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        ChromeDriver browser = null;
        try {
            String site = address(serve);
            browser = Browser.start(true);
            Browser.recordPolicyViolations(browser);
            browser.get(site + "claims/goldfish-memory/");
            assertEquals(1, browser.findElements(By.cssSelector("script[src$='live.js']")).size(), "the preview's script");
            Path claim = content.resolve("claims/goldfish-memory.md");
            Files.writeString(claim, Files.readString(claim).replaceFirst("(?m)^verdict: .*$", "verdict: nonsense"));
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.id("factsite-problems")).isEmpty());
            assertTrue(browser.findElement(By.id("factsite-problems")).getText().contains("nonsense"));
            assertEquals(List.of(), Browser.policyViolations(browser));
        } finally {
            if (browser != null) {
                browser.quit();
            }
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The address the preview prints once its first build is served; its output is read to the end after. */
    private static String address(Process serve) throws Exception {
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1));
                    }
                }
            } catch (java.io.IOException e) {
                seen.append(e);
            }
            found.completeExceptionally(new IllegalStateException("the preview stopped: " + seen));
        }, "preview-output");
        reader.setDaemon(true);
        reader.start();
        return found.get(120, TimeUnit.SECONDS);
    }

    /** The reactor's CLI (built before this module in `mvn verify`). */
    private static Path cliJar() throws Exception {
        Optional<Path> jar;
        try (Stream<Path> files = Files.list(Path.of("../cli/target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("factsite-cli-.*\\.jar")).findFirst();
        } catch (java.nio.file.NoSuchFileException e) {
            jar = Optional.empty();
        }
        if (jar.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but the CLI jar is not built: run mvn verify from generator/");
        }
        Assumptions.assumeTrue(jar.isPresent(), "the preview's browser test needs the CLI jar: mvn package -pl generator/cli");
        return jar.get().toAbsolutePath();
    }
}
