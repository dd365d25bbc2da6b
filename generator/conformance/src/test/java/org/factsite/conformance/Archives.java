package org.factsite.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.factsite.site.FactSite;
import org.factsite.testing.Fixtures;

/**
 * The archives the gates check: the repository's sample, and a larger generated one (many claims, tags,
 * pages of lists, a split questions index, corrections, claim folders), each built as a GitHub Pages
 * project site under {@code /archive/}.
 */
final class Archives {

    static final String BASE = "https://example.org/archive/";
    static final Path ROOT = Path.of("target/conformance");

    private Archives() {
    }

    static synchronized Path sample() throws Exception {
        return build("sample", Path.of("../../content"));
    }

    static synchronized Path large() throws Exception {
        Path content = ROOT.resolve("large-content");
        if (!BUILT.containsKey("large")) {
            LargeArchive.write(content, 120);
        }
        return build("large", content);
    }

    /** Sites built by this test run (never a stale one left in target/ by an earlier run). */
    private static final Map<String, Path> BUILT = new HashMap<>();

    private static Path build(String name, Path content) throws Exception {
        if (!BUILT.containsKey(name)) {
            Path site = ROOT.resolve(name + "-site");
            FactSite.build(Fixtures.build(content, site, BASE));
            BUILT.put(name, site);
        }
        return BUILT.get(name);
    }

    static List<Path> pages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
