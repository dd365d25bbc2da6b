package org.factsite.conformance;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.util.logging.Level;

/**
 * Headless Chromium from Debian's packages, driven by its chromedriver. Paths are given, so Selenium never
 * looks for or downloads a browser; background networking is off, so the only requests are the pages'.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips the test on a developer machine without Chromium; fails it in CI, where it must run. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String install = "install Chromium and its driver: sudo apt-get install chromium chromium-driver";
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but Chromium is missing; .ci/run must " + install);
        }
        Assumptions.assumeTrue(present, "browser tests skipped: " + install);
    }

    static ChromeDriver start(boolean javascript) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("factsite-chromium"), "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Records every Content-Security-Policy violation of the documents loaded from now on: a script the browser
     * runs before any of the page's own, so nothing the page does can escape it.
     */
    static void recordPolicyViolations(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__policyViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__policyViolations.push(
                    e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':'
                    + e.lineNumber + ')'));
                """));
    }

    /** The violations the current document reported (after {@link #recordPolicyViolations}). */
    @SuppressWarnings("unchecked")
    static List<String> policyViolations(ChromeDriver driver) {
        return (List<String>) driver.executeScript(
                "return window.__policyViolations || ['violations were not recorded on this page'];");
    }

    /** Addresses the browser requested since the log was last read (from Chrome's performance log). */
    static List<String> requests(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> entry.getMessage())
                .filter(m -> m.contains("\"Network.requestWillBeSent\""))
                .map(m -> {
                    int at = m.indexOf("\"url\":\"", m.indexOf("\"request\":"));
                    return m.substring(at + 7, m.indexOf('"', at + 7));
                })
                .toList();
    }
}
