package org.factsite.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** The sample archive served under /archive/ and one Chromium with JavaScript, for the browser tests of a class. */
abstract class SampleSiteInBrowser {

    static LocalSiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = new LocalSiteServer(Archives.sample(), "/archive/");
        browser = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }
}
