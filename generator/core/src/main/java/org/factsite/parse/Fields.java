package org.factsite.parse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.text.Suggestions;
import org.factsite.text.WebAddresses;

/**
 * Typed access to one YAML mapping (a claim's front matter, site.yaml, or a map nested in them). Each
 * accessor converts the text as written and reports a precise, fixable problem at the key's line;
 * a value with a problem reads as absent, so the caller carries on and every problem is reported.
 */
public final class Fields {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final YamlNode.Mapping mapping;
    private final Path file;
    private final Diagnostics diagnostics;
    /** Prefix for keys nested in another key, e.g. "sources[2]." */
    private final String context;
    /** Missing fields an unknown key was already named as a misspelling of: one mistake, one message. */
    private final Set<String> misspelt = new HashSet<>();

    public Fields(YamlNode.Mapping mapping, Path file, Diagnostics diagnostics, String context) {
        this.mapping = mapping;
        this.file = file;
        this.diagnostics = diagnostics;
        this.context = context;
    }

    public int line() {
        return mapping.line();
    }

    public Path file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public boolean has(String key) {
        return value(key).isPresent();
    }

    /** The line of {@code key}, or of the mapping itself when the key is absent. */
    public int lineOf(String key) {
        return mapping.entry(key).map(YamlNode.Entry::line).orElse(mapping.line());
    }

    /**
     * Reports every key not in {@code known}, with the nearest known key as a suggestion. A misspelling of a field
     * that is missing is the reason it is missing: one error that says to rename it, and none for the missing field.
     */
    public void rejectUnknown(Collection<String> known, String whatFor) {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (known.contains(entry.key())) {
                continue;
            }
            Optional<String> meant = Suggestions.nearest(entry.key(), known);
            if (meant.isPresent() && mapping.entry(meant.get()).isEmpty()) {
                misspelt.add(meant.get());
                diagnostics.error(file, entry.line(), "unknown field `" + context + entry.key() + "` (did you mean `"
                        + meant.get() + "`?); rename it to `" + meant.get() + "`");
            } else {
                diagnostics.error(file, entry.line(), "unknown field `" + context + entry.key() + "`"
                        + Suggestions.didYouMean(entry.key(), known) + "; " + whatFor
                        + " can have: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    public Optional<String> text(String key) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar.text().strip());
        }
        error(key, "`" + context + key + "` must be text, not " + node.get().kind()
                + (node.get() instanceof YamlNode.Sequence ? "; remove the `- ` list markers" : ""));
        return Optional.empty();
    }

    /** Text that must be present and not blank; {@code example} shows the author what to write. */
    public Optional<String> requiredText(String key, String example) {
        if (value(key).isEmpty() && misspelt.contains(key)) {
            return Optional.empty();
        }
        if (value(key).isEmpty()) {
            diagnostics.error(file, mapping.line(), "missing required field `" + context + key + "`; add e.g. `"
                    + key + ": " + example + "`");
            return Optional.empty();
        }
        Optional<String> text = text(key);
        if (text.isPresent() && text.get().isEmpty()) {
            error(key, "`" + context + key + "` is empty; write e.g. `" + key + ": " + example + "`");
            return Optional.empty();
        }
        return text;
    }

    /** A list of text; a single value is read as a list of one. Blank items are errors. */
    public List<String> textList(String key) {
        return locatedTextList(key).stream().map(Located::text).toList();
    }

    /** Like {@link #textList}, with each item's line. */
    public List<Located> locatedTextList(String key) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            return List.of(new Located(scalar.text().strip(), lineOf(key)));
        }
        if (node.get() instanceof YamlNode.Mapping) {
            error(key, "`" + context + key + "` must be a list of text (`- item` lines), not a map");
            return List.of();
        }
        List<Located> result = new ArrayList<>();
        for (YamlNode item : ((YamlNode.Sequence) node.get()).items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                result.add(new Located(scalar.text().strip(), item.line()));
            } else if (item instanceof YamlNode.Scalar) {
                diagnostics.error(file, item.line(), "an item of `" + context + key + "` is empty; remove it");
            } else {
                diagnostics.error(file, item.line(), "each item of `" + context + key + "` must be text, not "
                        + item.kind() + "; put quotes around an item that contains `: `");
            }
        }
        return List.copyOf(result);
    }

    /** A value with the file line it was written on. */
    public record Located(String text, int line) {
    }

    /** A list of web addresses, each checked and encoded like {@link #webAddress}. */
    public List<String> webAddressList(String key) {
        List<String> good = new ArrayList<>();
        for (String address : textList(key)) {
            Optional<String> problem = WebAddresses.problem(address);
            if (problem.isPresent()) {
                error(key, "in `" + context + key + "`: " + problem.get());
            } else {
                good.add(WebAddresses.encode(address));
            }
        }
        return List.copyOf(good);
    }

    /** An absolute http(s) address, encoded for output ({@link WebAddresses#encode}); anything else is an error. */
    public Optional<String> webAddress(String key) {
        Optional<String> text = text(key);
        if (text.isPresent()) {
            Optional<String> problem = WebAddresses.problem(text.get());
            if (problem.isPresent()) {
                error(key, "`" + context + key + "`: " + problem.get());
                return Optional.empty();
            }
        }
        return text.map(WebAddresses::encode);
    }

    /** A calendar date written YYYY-MM-DD; never shifted by a time zone. */
    public Optional<LocalDate> date(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        if (!DATE_SHAPE.matcher(t).matches()) {
            error(key, "`" + context + key + "` must be a date written YYYY-MM-DD, e.g. 2025-10-09; found `" + t + "`");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t, ISO_DATE));
        } catch (DateTimeParseException e) {
            error(key, "`" + context + key + "`: " + t + " is not a real date; check the month and day");
            return Optional.empty();
        }
    }

    /** A date that must be present; a missing one is reported like any missing required field. */
    public Optional<LocalDate> requiredDate(String key, String example) {
        if (!has(key)) {
            return requiredText(key, example).flatMap(text -> Optional.empty());
        }
        return date(key);
    }

    public Optional<Boolean> bool(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on":
                return Optional.of(Boolean.TRUE);
            case "false", "no", "off":
                return Optional.of(Boolean.FALSE);
            default:
                error(key, "`" + context + key + "` must be true or false, not `" + text.get() + "`");
                return Optional.empty();
        }
    }

    public Optional<Integer> integer(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.get()));
        } catch (NumberFormatException e) {
            error(key, "`" + context + key + "` must be a whole number, not `" + text.get() + "`");
            return Optional.empty();
        }
    }

    /** A nested map, read with the same care; {@code key} is added to the context of its messages. */
    public Optional<Fields> map(String key) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping nested) {
            return Optional.of(new Fields(nested, file, diagnostics, context + key + "."));
        }
        error(key, "`" + context + key + "` must be a map of `name: value` lines, not " + node.get().kind());
        return Optional.empty();
    }

    /** A list of maps, e.g. sources. Items that are not maps are reported and skipped. */
    public List<Fields> mapList(String key, String itemExample) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            error(key, "`" + context + key + "` must be a list whose items start with `- `, e.g. " + itemExample);
            return List.of();
        }
        List<Fields> result = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            if (item instanceof YamlNode.Mapping nested) {
                result.add(new Fields(nested, file, diagnostics, context + key + "[" + (i + 1) + "]."));
            } else {
                diagnostics.error(file, item.line(), "item " + (i + 1) + " of `" + context + key
                        + "` must be a map of fields, e.g. " + itemExample);
            }
        }
        return List.copyOf(result);
    }

    /** Every entry as text, in file order; for per-language maps such as {@code label: {en: .., vi: ..}}. */
    public java.util.Map<String, String> texts() {
        java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            text(entry.key()).ifPresent(t -> result.put(entry.key(), t));
        }
        return result;
    }

    /** The raw node, for free-form fields such as {@code extra}. */
    public Optional<YamlNode> node(String key) {
        return value(key);
    }

    public void error(String key, String message) {
        diagnostics.error(file, lineOf(key), message);
    }

    public void warning(String key, String message) {
        diagnostics.warning(file, lineOf(key), message);
    }


    /** The value of {@code key}; absent when missing or written as null. */
    private Optional<YamlNode> value(String key) {
        return mapping.entry(key)
                .map(YamlNode.Entry::value)
                .filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()));
    }
}
