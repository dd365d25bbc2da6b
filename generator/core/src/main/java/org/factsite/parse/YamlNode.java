package org.factsite.parse;

import java.util.List;
import java.util.Optional;

/**
 * Front matter as a tree of plain text, lists and maps, each with the file line it starts on.
 * Scalars keep the text as written: YAML 1.1 would read {@code verdict: false} as a boolean,
 * {@code title: 1984} as a number and {@code checked: 2025-10-09} as a time-zone-shiftable timestamp;
 * FactSite converts by field instead, so each means what the author wrote.
 */
public sealed interface YamlNode {

    int line();

    /** A short name of the node's kind for messages: "text", "a list", "a map". */
    String kind();

    /** @param plain whether the scalar was written without quotes (only then can it mean "no value") */
    record Scalar(String text, int line, boolean plain) implements YamlNode {
        /** {@code key:} with nothing after it, or {@code ~} / {@code null}, written without quotes. */
        public boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null"));
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String kind() {
            return "a map";
        }
    }

    /** One {@code key: value} pair; {@code line} is the key's line. */
    record Entry(String key, int line, YamlNode value) {
    }
}
