package org.factsite.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searching the sample archive in Chromium, under {@code Content-Security-Policy: script-src 'self'}: a
 * Vietnamese claim found by words typed without diacritics, a verdict filter, a result followed and the back
 * button, the count announced, axe-core clean, no request leaving the site, and the page without JavaScript.
 */
class SearchBrowserTest extends SampleSiteInBrowser {

    private static final String HA_LONG = "Vịnh Hạ Long có phải là Di sản Thế giới được UNESCO công nhận không?";

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** The result titles, read in one script call: the list is redrawn as the reader types, so reading the
     * links one by one could meet a link already replaced (a stale element). */
    @SuppressWarnings("unchecked")
    private static List<String> titles() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#search-results h2 a')].map(a => a.innerText.trim());");
    }

    @Test
    void typeFilterFollowAndGoBack() {
        // The Vietnamese edition's search page searches the Vietnamese claims.
        browser.get(server.url() + "vi/search/");
        WebElement input = browser.findElement(By.id("search-q"));
        input.sendKeys("vinh ha long di san");
        waiting().until(d -> !titles().isEmpty());
        assertEquals(HA_LONG, titles().get(0), "found without diacritics");
        String status = browser.findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ bài kiểm chứng phù hợp\\."), status);
        assertTrue(browser.getCurrentUrl().contains("?q=vinh+ha+long+di+san"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("a[data-search-elsewhere][hreflang=en]")).getAttribute("href")
                .endsWith("/search/?q=vinh+ha+long+di+san"), "the same words on the English search page");

        new Select(browser.findElement(By.cssSelector("select[data-filter=verdict]"))).selectByValue("false");
        waiting().until(d -> !titles().contains(HA_LONG));
        new Select(browser.findElement(By.cssSelector("select[data-filter=verdict]"))).selectByValue("true");
        waiting().until(d -> titles().contains(HA_LONG));
        // Each card's verdict in its claim's language (the Vietnamese claim's "True" is "Đúng").
        browser.findElements(By.cssSelector("#search-results .verdict-badge"))
                .forEach(badge -> assertEquals("verdict-badge verdict-true", badge.getAttribute("class")));

        browser.findElement(By.linkText(HA_LONG)).click();
        waiting().until(d -> d.getCurrentUrl().contains("/claims/"));
        browser.navigate().back();
        waiting().until(d -> titles().contains(HA_LONG));
        assertEquals("vinh ha long di san", browser.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals("true", new Select(browser.findElement(By.cssSelector("select[data-filter=verdict]")))
                .getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void theOtherLanguagesAreSearchedWhenTheReaderAsks() {
        browser.get(server.url() + "search/?q=van+ly+truong+thanh");
        waiting().until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        assertEquals("No fact-check matches.", browser.findElement(By.id("search-status")).getText(),
                "the English page searches the English claims");
        browser.findElement(By.cssSelector("input[name=all]")).click();
        waiting().until(d -> titles().contains("Vạn Lý Trường Thành có nhìn thấy được từ không gian không?"));
        assertTrue(browser.getCurrentUrl().contains("all=1"), "the choice is in the address");
        assertTrue(browser.findElement(By.linkText("Vạn Lý Trường Thành có nhìn thấy được từ không gian không?"))
                .getAttribute("href").contains("/vi/claims/great-wall-visible-from-space/"));
    }

    @Test
    void theHeaderBoxLeadsToTheSearch() {
        browser.get(server.url());
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("great wall");
        box.submit();
        waiting().until(d -> !titles().isEmpty());
        assertTrue(titles().get(0).startsWith("Is the Great Wall"), titles().toString());
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolations() {
        browser.get(server.url() + "search/?q=space");
        waiting().until(d -> !titles().isEmpty());
        Results results = Axe.builder().analyze(browser);
        assertTrue(results.getPasses().size() > 10, "axe ran");
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noRequestLeavesTheSite() {
        Browser.requests(browser);
        browser.get(server.url() + "search/?q=moon+landing");
        waiting().until(d -> !titles().isEmpty());
        List<String> requested = Browser.requests(browser);
        assertTrue(requested.stream().anyMatch(u -> u.endsWith("/archive/search/manifest.json")), requested.toString());
        assertTrue(requested.stream().anyMatch(u -> u.contains("/archive/search/t/")), requested.toString());
        String host = server.url().substring(0, server.url().indexOf("/archive/"));
        assertEquals(List.of(), requested.stream().filter(u -> u.matches("(?i)(https?|wss?)://.*"))
                .filter(u -> !u.startsWith(host)).toList());
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndOffersBrowsing() throws Exception {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.get(server.url() + "search/?q=anything");
            assertTrue(noScript.findElement(By.id("search-nojs")).isDisplayed());
            assertFalse(noScript.findElement(By.cssSelector("form.search-form")).isDisplayed());
            noScript.findElement(By.cssSelector("#search-nojs a")).click();
            assertTrue(noScript.getCurrentUrl().endsWith("/archive/tags/"), noScript.getCurrentUrl());
        } finally {
            noScript.quit();
        }
    }
}
