package org.factsite.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page passes the Nu HTML Checker with zero errors; its warnings go to a report under target/. */
class HtmlValidityTest {

    @ParameterizedTest
    @ValueSource(strings = {"sample", "large"})
    void everyPageIsValidHtml(String archive) throws Exception {
        Path site = archive.equals("sample") ? Archives.sample() : Archives.large();
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = new ArrayList<>();
        List<String> report = new ArrayList<>();
        List<Path> pages = Archives.pages(site);
        for (Path page : pages) {
            for (HtmlChecker.Finding finding : checker.check(page)) {
                String line = site.relativize(page) + ": " + finding;
                report.add(line);
                if (finding.error()) {
                    errors.add(line);
                }
            }
        }
        Files.createDirectories(Archives.ROOT);
        Files.write(Archives.ROOT.resolve("html-" + archive + ".txt"), report);
        assertTrue(pages.size() > (archive.equals("sample") ? 30 : 150), "pages checked: " + pages.size());
        assertEquals(List.of(), errors, "Nu HTML Checker errors (report: target/conformance/html-" + archive + ".txt)");
    }
}
