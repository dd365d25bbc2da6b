package org.factsite.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core at the version the pom installs from npm (property {@code axe.version}), not the older copy inside
 * Deque's Selenium binding: newer rules (such as label-content-name-mismatch for back-links) only run there.
 */
final class Axe {

    static final Path SCRIPT = Path.of("target/npm/node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    static AxeBuilder builder() {
        try {
            String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            return new AxeBuilder().setAxeScriptProvider(new StringAxeScriptProvider(script));
        } catch (IOException e) {
            throw new AssertionError("axe-core is missing at " + SCRIPT.toAbsolutePath() + "; the pom installs it "
                    + "with npm in generate-test-resources (run the tests through Maven, with npm on the PATH)", e);
        }
    }

    /** The version of the loaded axe-core, as the script says of itself. */
    static String version(org.openqa.selenium.JavascriptExecutor browser) {
        return String.valueOf(browser.executeScript("return window.axe && window.axe.version;"));
    }
}
