package org.factsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme that lists a claim's {@code extra} shows it in the author's order, the same in every run. */
class ExtraOrderTest {

    @TempDir
    Path dir;

    @Test
    void extraKeepsTheAuthorsOrder() {
        String keys = "zeta, alpha, mike, bravo, yankee, charlie, xray, delta";
        StringBuilder extra = new StringBuilder("extra:\n");
        for (String key : keys.split(", ")) {
            extra.append("  ").append(key).append(": ").append(key.toUpperCase()).append('\n');
        }
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + TestArchive.claim("A?", extra.toString(),
                "Ay.\n") + "-- theme/templates/claim.ftlh --\n<#list claim.extra as k, v>${k}<#sep>, </#list>\n");
        archive.build(archive.request().withThemeDirectory(dir.resolve("theme")));
        assertEquals(keys + "\n", archive.file("claims/a/index.html"));
    }

    /** Entries listed in another order may render otherwise: the page key must see the order. */
    @Test
    void theDigestOfAMapFollowsItsOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("a", "1");
        one.put("b", "2");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("b", "2");
        other.put("a", "1");
        ModelDigest digest = new ModelDigest();
        assertNotEquals(digest.ofValue(java.util.Collections.unmodifiableMap(one)),
                digest.ofValue(java.util.Collections.unmodifiableMap(other)));
    }
}
