package org.factsite.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample archive in a real browser: no serious or critical axe-core violation on the home page, a claim,
 * a tag, the questions index, the legend, a Vietnamese claim (with its language switcher) and the statistics; citations scroll their source into view unobscured; pages work
 * without JavaScript; no request leaves the local host. Screenshots go to target/screenshots/.
 */
class BrowserTest extends SampleSiteInBrowser {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Map<String, String> PAGES = Map.of(
            "home", "",
            "claim", "claims/great-wall-visible-from-space/",
            "tag", "tags/science/",
            "questions", "questions/",
            "legend", "verdicts/",
            "vietnamese claim", "vi/claims/vinh-ha-long-di-san-the-gioi/",
            "statistics", "stats/",
            "embed", "claims/great-wall-visible-from-space/embed/");

    @Test
    void noSeriousOrCriticalAccessibilityViolations() {
        List<String> violations = new ArrayList<>();
        for (var page : PAGES.entrySet()) {
            browser.get(server.url() + page.getValue());
            Results results = Axe.builder().analyze(browser);
            assertTrue(results.getPasses().size() > 10, "axe ran on " + page.getKey());
            assertTrue(Axe.version(browser).startsWith("4.14."), "current axe-core: " + Axe.version(browser));
            for (Rule rule : results.getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    violations.add(page.getKey() + ": " + rule.getId() + " (" + rule.getImpact() + "): "
                            + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /**
     * The gate checks Label in Name (WCAG 2.5.3): the back-links of earlier versions, an arrow and a number
     * named "Back to citation 4 (12)" by aria-label, are reported by the axe-core the gate runs.
     */
    @Test
    void theGateReportsBackLinksWhoseVisibleTextIsNotInTheirName() {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            links.append(" <a href=%23c4-").append(i).append(" role=doc-backlink aria-label='Back to citation 4 (")
                    .append(i).append(")'>%E2%86%A9<sup>").append(i).append("</sup></a>");
        }
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>t</title><main><h1>t</h1>"
                + "<p id=c4-1>x</p><ol><li>Source" + links + "</li></ol></main>");
        Results results = Axe.builder().analyze(browser);
        assertEquals(List.of("label-content-name-mismatch"), results.getViolations().stream().map(Rule::getId)
                .filter("label-content-name-mismatch"::equals).toList());
    }

    /**
     * Every page kind under its own Content-Security-Policy, search with results included: the browser reports no
     * violation. And the gate can fail: an inline style added to a page is refused and reported.
     */
    @Test
    void noPageViolatesItsContentSecurityPolicy() {
        Browser.recordPolicyViolations(browser);
        List<String> violations = new ArrayList<>();
        List<String> paths = new ArrayList<>(PAGES.values());
        paths.addAll(List.of("search/?q=great+wall", "search/?q=wall&all=1", "vi/search/?q=ha+long", "404.html",
                "methodology/ratings/", "verdicts/false/", "claimants/", "claimants/proverb/", "authors/",
                "authors/factsite-demo-desk/", "tags/", "corrections/", "about/", "about/organization/", "vi/"));
        for (String path : paths) {
            browser.get(server.url() + path);
            if (path.contains("?q=")) {
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> !d.findElements(By.cssSelector("#search-results h2 a")).isEmpty());
            }
            assertEquals(1, browser.findElements(By.cssSelector("meta[http-equiv=Content-Security-Policy]")).size(), path);
            Browser.policyViolations(browser).forEach(v -> violations.add(path + ": " + v));
        }
        assertEquals(List.of(), violations);

        browser.executeScript("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !Browser.policyViolations(browser).isEmpty());
        assertTrue(Browser.policyViolations(browser).get(0).startsWith("style-src-attr refused inline"),
                Browser.policyViolations(browser).toString());
    }

    @Test
    void citationScrollsItsSourceIntoViewUnobscured() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.url() + PAGES.get("claim"));
        WebElement citation = browser.findElements(By.cssSelector("a[role=doc-noteref]")).get(2);
        String target = citation.getAttribute("href").replaceFirst(".*#", "");
        citation.click();
        Object visible = browser.executeScript("""
                const el = document.getElementById(arguments[0]);
                const r = el.getBoundingClientRect();
                const x = r.left + Math.min(20, r.width / 2), y = r.top + Math.min(10, r.height / 2);
                const hit = document.elementFromPoint(x, y);
                return r.top >= 0 && r.bottom <= window.innerHeight && hit !== null && el.contains(hit);
                """, target);
        assertEquals(Boolean.TRUE, visible, "source " + target + " is in view and nothing covers it");
        // And back: the back-link returns to the citation.
        browser.findElement(By.cssSelector("#" + target + " a[role=doc-backlink]")).click();
        assertTrue(browser.getCurrentUrl().matches(".*#c\\d+-\\d+$"), browser.getCurrentUrl());
    }

    @Test
    void noRequestLeavesTheLocalHost() {
        Browser.requests(browser); // drop earlier entries
        List<String> requested = new ArrayList<>();
        for (String path : PAGES.values()) {
            browser.get(server.url() + path);
            requested.addAll(Browser.requests(browser));
        }
        assertTrue(requested.size() >= PAGES.size() * 2, "pages and their assets: " + requested);
        // Network requests only (http, https, ws, wss): chrome:// and data: are the browser's own resources.
        List<String> foreign = requested.stream()
                .filter(url -> url.matches("(?i)(https?|wss?)://.*"))
                .filter(url -> !url.startsWith(server.url().substring(0, server.url().indexOf("/archive/"))))
                .toList();
        assertTrue(requested.stream().anyMatch(url -> url.endsWith("/archive/assets/style.css")), requested.toString());
        assertEquals(List.of(), foreign);
    }

    @Test
    void pagesWorkWithoutJavaScript() throws Exception {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.get(server.url() + PAGES.get("claim"));
            assertTrue(noScript.findElement(By.tagName("h1")).getText().startsWith("Is the Great Wall"));
            assertTrue(noScript.findElements(By.cssSelector("#sources + ol li")).size() >= 2);
            noScript.findElement(By.linkText("Questions")).click();
            assertTrue(noScript.getCurrentUrl().endsWith("/archive/questions/"), noScript.getCurrentUrl());
        } finally {
            noScript.quit();
        }
    }

    @Test
    void screenshotsForPeopleToLookAt() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(server.url() + PAGES.get("claim"));
            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
            Path shot = SCREENSHOTS.resolve("claim-" + width + ".png");
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            assertTrue(Files.size(shot) > 10_000, shot + " is a real picture");
        }
    }
}
