package org.factsite.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a scaffold or the archetype left for the desk to write: the {@code TODO} marker that {@code site:new} and
 * the archetype put where only the desk can decide, the placeholder sentences earlier versions wrote ("Replace
 * this with ..."), and example addresses ({@code example.org}, reserved for documentation by RFC 2606) where a
 * real source belongs. Found while parsing, where the text and its lines are at hand; the validator decides
 * what a find means (a draft may keep them, nothing published may).
 */
public final class Unfinished {

    /** The marker the scaffold and the archetype write; an editor's search for it finds what is left to do. */
    public static final String MARKER = "TODO";

    private static final Pattern MARKER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])TODO(?![\\p{L}\\p{N}_])");
    /** How placeholder texts of earlier scaffolds and archetypes start (a real value never does). */
    private static final List<String> OLD_PLACEHOLDERS = List.of("Replace this with", "Replace with ",
            "Write the claim here", "Write the analysis here", "The name of the source");
    private static final Pattern EXAMPLE_ADDRESS = Pattern.compile(
            "https?://([a-z0-9-]+\\.)*example\\.(org|com|net)(?=[/:?#]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final int SHOWN = 60;

    private Unfinished() {
    }

    /**
     * One unfinished value.
     *
     * @param field   where it is, as an author names it: {@code claim}, {@code sources[1].url}; empty for the article
     * @param line    the file line
     * @param text    the value (shortened), as the message quotes it
     * @param example whether it is an example address rather than a placeholder text
     */
    public record Spot(String field, int line, String text, boolean example) {

        /** "`claim` still holds ...", for a message that goes on with how to fix it. */
        public String describe() {
            String where = field.isEmpty() ? "the article" : "`" + field + "`";
            return example
                    ? where + " is an example address (" + text + "), not a real one"
                    : where + " is not written yet: it still holds the placeholder \"" + text + "\"";
        }
    }

    /** Whether a value is the marker itself, as the scaffold writes an unchosen verdict. */
    public static boolean isMarker(String value) {
        return value.strip().startsWith(MARKER) && MARKER_WORD.matcher(value).find();
    }

    /** Every unfinished value of a file's front matter and article, in file order. */
    static List<Spot> inFile(YamlNode.Mapping frontMatter, FrontMatter file) {
        List<Spot> spots = inFrontMatter(frontMatter);
        inArticle(file.body(), file.bodyFirstLine(), spots);
        return List.copyOf(spots);
    }

    /** Every unfinished value of a front matter (or site.yaml), in file order. */
    static List<Spot> inFrontMatter(YamlNode.Mapping root) {
        List<Spot> spots = new ArrayList<>();
        walk(root, "", spots);
        return spots;
    }

    /** Lines of a Markdown article that hold a placeholder (code is left alone: it may show one). */
    private static void inArticle(String body, int firstLine, List<Spot> spots) {
        String[] lines = body.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (fence == null && (line.startsWith("```") || line.startsWith("~~~"))) {
                fence = line.substring(0, 3);
            } else if (fence != null) {
                if (line.startsWith(fence)) {
                    fence = null;
                }
            } else if (isPlaceholder(line.contains(MARKER) ? INLINE_CODE.matcher(line).replaceAll("``") : line)) {
                spots.add(new Spot("", firstLine + i, shorten(line), false));
            }
        }
    }

    private static void walk(YamlNode node, String field, List<Spot> spots) {
        if (node instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            if (isPlaceholder(text)) {
                spots.add(new Spot(field, scalar.line(), shorten(text), false));
            } else if (text.toLowerCase(Locale.ROOT).contains("example.") && EXAMPLE_ADDRESS.matcher(text).find()) {
                spots.add(new Spot(field, scalar.line(), shorten(text), true));
            }
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                walk(sequence.items().get(i), field + "[" + (i + 1) + "]", spots);
            }
        } else {
            for (YamlNode.Entry entry : ((YamlNode.Mapping) node).entries()) {
                walk(entry.value(), field.isEmpty() ? entry.key() : field + "." + entry.key(), spots);
            }
        }
    }

    /** Every line of every claim passes here: the plain {@code contains} spares most of them the pattern. */
    private static boolean isPlaceholder(String text) {
        return text.contains(MARKER) && MARKER_WORD.matcher(text).find()
                || OLD_PLACEHOLDERS.stream().anyMatch(text::startsWith);
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3).stripTrailing() + "...";
    }
}
