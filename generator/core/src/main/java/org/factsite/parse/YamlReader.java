package org.factsite.parse;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factsite.diagnostic.Diagnostics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into a {@link YamlNode} tree with SnakeYAML's composer: no Java object is ever constructed from
 * the input, custom tags are rejected, aliases are bounded, and every node keeps its line. Duplicate keys,
 * which SnakeYAML's node API does not report, are reported here.
 */
public final class YamlReader {

    /** SnakeYAML 2 refuses global tags (e.g. Java class names) while composing, before anything is built. */
    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 20;
    private static final int MAX_NODES = 20_000;

    /** The tags a value may carry: the ones plain YAML produces, and explicit standard scalar tags. */
    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.SEQ, Tag.MAP, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.TIMESTAMP);

    private final LoaderOptions options;
    /** A Yaml instance is not thread-safe and costly to set up: one per thread that parses (files parse in parallel). */
    private final ThreadLocal<Yaml> parsers;

    public YamlReader(int maxCodePoints) {
        options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(maxCodePoints, 1024));
        options.setAllowRecursiveKeys(false);
        parsers = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(options),
                new Representer(new DumperOptions()), new DumperOptions(), options, new TextOnlyResolver()));
    }

    /**
     * Reads a YAML document whose first line is {@code firstLine} of {@code file}. Returns the top-level
     * mapping, or empty after reporting why there is none.
     */
    public Optional<YamlNode.Mapping> readMapping(String yaml, int firstLine, Path file, Diagnostics diagnostics) {
        Node root;
        try {
            root = parsers.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            if (e.getProblem() != null && e.getProblem().startsWith(GLOBAL_TAG_REFUSED)) {
                String tag = e.getProblem().substring(GLOBAL_TAG_REFUSED.length()).strip();
                diagnostics.error(file, lineOf(e, firstLine), "the YAML tag `" + tag + "` is not allowed; remove it "
                        + "(front matter holds only text, lists and maps)");
                return Optional.empty();
            }
            YamlErrors.Explained explained = YamlErrors.explain(e, yaml, firstLine);
            diagnostics.error(file, explained.line(), explained.message());
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(file, firstLine, "the YAML cannot be read: " + e.getMessage()
                    + "; simplify it (aliases and deep nesting are limited)");
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlNode.Mapping(List.of(), firstLine));
        }
        Converter converter = new Converter(file, firstLine, diagnostics);
        YamlNode tree = converter.convert(root, 0);
        if (converter.failed) {
            return Optional.empty();
        }
        if (tree instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        diagnostics.error(file, tree.line(), "the front matter must be a list of `key: value` fields, not "
                + tree.kind());
        return Optional.empty();
    }

    private static int lineOf(MarkedYAMLException e, int firstLine) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? firstLine : firstLine + mark.getLine();
    }

    /** Walks SnakeYAML nodes into YamlNodes, checking tags, duplicate keys and size. */
    private static final class Converter {
        private final Path file;
        private final int firstLine;
        private final Diagnostics diagnostics;
        private int nodes;
        private boolean failed;

        Converter(Path file, int firstLine, Diagnostics diagnostics) {
            this.file = file;
            this.firstLine = firstLine;
            this.diagnostics = diagnostics;
        }

        YamlNode convert(Node node, int depth) {
            int line = firstLine + node.getStartMark().getLine();
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                fail(line, "the front matter is too large or too deeply nested; simplify it");
                return new YamlNode.Scalar("", line, true);
            }
            if (!ALLOWED_TAGS.contains(node.getTag())) {
                fail(line, "the YAML tag `" + node.getTag().getValue() + "` is not allowed; remove it "
                        + "(front matter holds only text, lists and maps)");
                return new YamlNode.Scalar("", line, true);
            }
            if (node instanceof ScalarNode scalar) {
                return new YamlNode.Scalar(scalar.getValue(), line,
                        scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new YamlNode.Sequence(items, line);
            }
            MappingNode mapping = (MappingNode) node;
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                int keyLine = firstLine + keyNode.getStartMark().getLine();
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    fail(keyLine, "a key must be a plain name such as `title`, not a list or a map");
                    continue;
                }
                String key = keyScalar.getValue();
                Integer earlier = seen.putIfAbsent(key, keyLine);
                if (earlier != null) {
                    fail(keyLine, "the key `" + key + "` appears twice (first on line " + earlier
                            + "); keep one of them");
                    continue;
                }
                entries.add(new YamlNode.Entry(key, keyLine, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YamlNode.Mapping(entries, line);
        }

        private void fail(int line, String message) {
            failed = true;
            diagnostics.error(file, line, message);
        }
    }

    /** Resolves every untagged value to text (or list/map): no implicit booleans, numbers or dates. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // Deliberately empty: see YamlNode.
        }
    }
}
