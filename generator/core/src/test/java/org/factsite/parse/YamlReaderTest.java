package org.factsite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader(1 << 20);
    private final Path file = Path.of("claims/a.md");

    private YamlNode.Mapping read(String yaml, Diagnostics diagnostics) {
        return reader.readMapping(yaml, 2, file, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    }

    @Test
    void plainScalarsStayTheTextTheAuthorWrote() {
        Diagnostics diagnostics = new Diagnostics();
        Fields f = new Fields(read("verdict: false\ntitle: 1984\nchecked: 2025-10-09\nrating: 0x1F\nanswer: no\n",
                diagnostics), file, diagnostics, "");
        assertEquals("false", f.text("verdict").orElseThrow());
        assertEquals("1984", f.text("title").orElseThrow());
        assertEquals("2025-10-09", f.text("checked").orElseThrow());
        assertEquals("0x1F", f.text("rating").orElseThrow());
        assertEquals("no", f.text("answer").orElseThrow());
        assertEquals(java.time.LocalDate.of(2025, 10, 9), f.date("checked").orElseThrow(),
                "a date is never shifted by the machine's time zone");
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @Test
    void nullOnlyWhenUnquoted() {
        Diagnostics diagnostics = new Diagnostics();
        Fields f = new Fields(read("a:\nb: ~\nc: \"null\"\nd: null\n", diagnostics), file, diagnostics, "");
        assertTrue(f.text("a").isEmpty());
        assertTrue(f.text("b").isEmpty());
        assertEquals("null", f.text("c").orElseThrow());
        assertTrue(f.text("d").isEmpty());
    }

    @Test
    void linesAreFileLines() {
        Diagnostics diagnostics = new Diagnostics();
        YamlNode.Mapping mapping = read("title: x\n\nrelated:\n  - one\n  - two\n", diagnostics);
        assertEquals(2, mapping.entry("title").orElseThrow().line());
        assertEquals(4, mapping.entry("related").orElseThrow().line());
        YamlNode.Sequence related = (YamlNode.Sequence) mapping.entry("related").orElseThrow().value();
        assertEquals(List.of(5, 6), related.items().stream().map(YamlNode::line).toList());
    }

    @Test
    void duplicateKeysAreReportedWithBothLines() {
        Diagnostics diagnostics = new Diagnostics();
        reader.readMapping("title: a\nclaim: b\ntitle: c\n", 2, file, diagnostics);
        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(1, errors.size());
        assertEquals(4, errors.get(0).line());
        assertEquals("the key `title` appears twice (first on line 2); keep one of them", errors.get(0).message());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p);
            yaml.append((",*" + p).repeat(8)).append("]\n");
        }
        Diagnostics diagnostics = new Diagnostics();
        long start = System.nanoTime();
        assertTrue(reader.readMapping(yaml.toString(), 2, file, diagnostics).isEmpty());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(diagnostics.hasErrors());
        // A guard against exponential expansion (minutes and gigabytes), not a benchmark: the alias limit
        // stops the composer after 20 aliases, in microseconds; one second leaves room for a slow machine.
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "took " + took);
        assertTrue(diagnostics.errors().get(0).message().startsWith("the YAML cannot be read: "),
                diagnostics.errors().get(0).message());
    }

    @Test
    void topLevelMustBeAMapping() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(reader.readMapping("- a\n- b\n", 2, file, diagnostics).isEmpty());
        assertEquals("the front matter must be a list of `key: value` fields, not a list",
                diagnostics.errors().get(0).message());
    }
}
