package org.factsite.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        Path content = dir.resolve("content");
        Folders.copy(Path.of("../../content"), content);
        Process serve = serve(content, dir.resolve("preview"));
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

    /**
     * The page of the claim being edited reloads into the edit as soon as it is made ahead of the rest of the
     * build, and only once: the end of the build names it as current. Page loads are counted by a script the
     * browser runs in every new document (DevTools), outside the page's policy.
     */
    @Test
    void theEditedPageReloadsOnceIntoTheEdit() throws Exception {
        Browser.requireChromium();
        Path content = dir.resolve("content");
        Folders.copy(Path.of("../../content"), content);
        // Files changed in the last two seconds are parsed again by every build: an author's are older.
        FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, before);
            }
        }
        Path preview = dir.resolve("preview");
        Process serve = serve(content, preview);
        ChromeDriver browser = null;
        try {
            String site = address(serve);
            browser = Browser.start(true);
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "sessionStorage.setItem('loads', String(Number(sessionStorage.getItem('loads') || 0) + 1));"));
            browser.get(site + "claims/goldfish-memory/");
            Path claim = content.resolve("claims/goldfish-memory.md");
            Files.writeString(claim, Files.readString(claim) + "\nEdited while the page was open.\n");
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("Edited while the page was open."));
            Path written = preview.resolve("claims/goldfish-memory/index.html");
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> readString(written).contains("Edited while the page was open."));
            Thread.sleep(1_000); // the build's last event reaches the page
            assertEquals("2", browser.executeScript("return sessionStorage.getItem('loads');"),
                    "opened, then reloaded once into the edit");
        } finally {
            if (browser != null) {
                browser.quit();
            }
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** `factsite serve` of the reactor's CLI on a free port, with the default theme. */
    private static Process serve(Path content, Path preview) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                cliJar().toString(), "serve", "-c", content.toString(), "-o", preview.toString(), "-p", "0",
                "-t", Path.of("../../themes/default").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
    }

    private static String readString(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
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
