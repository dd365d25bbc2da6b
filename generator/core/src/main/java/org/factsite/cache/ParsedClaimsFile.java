package org.factsite.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Severity;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.model.CompactHtml;
import org.factsite.parse.ClaimDraft;

/**
 * The parsed claims of the last build on disk ({@code site.staging/parsed-claims.bin}), each under the
 * SHA-256 of its file, so that the next build parses only files whose content changed. Parsing (Markdown
 * above all) is most of a build's time. The file is valid only for the same parse key (generator code,
 * base URL, raw HTML setting, size limit); a file of another key, version or a damaged one is not used.
 */
public final class ParsedClaimsFile {

    private static final String MAGIC = "factsite-parsed-claims 1";

    /** One claim file as parsed: its content hash, its folder's files, the draft (if any) and its problems. */
    public record Entry(String sha256, List<Path> resources, Optional<ClaimDraft> draft, List<Diagnostic> diagnostics) {

        public Entry {
            resources = List.copyOf(resources);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private ParsedClaimsFile() {
    }

    /** Writes the entries, in path order, to a new file at {@code file}. */
    public static void write(Path file, String parseKey, Map<Path, Entry> entries) {
        // Not compressed: bodies are stored deflated already, and compressing the rest cost more time than it
        // saved in reading (measured at 10,000 claims).
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            text(out, MAGIC);
            text(out, parseKey);
            Map<Path, Entry> sorted = new TreeMap<>(entries);
            out.writeInt(sorted.size());
            for (Map.Entry<Path, Entry> e : sorted.entrySet()) {
                text(out, e.getKey().toString());
                entry(out, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The entries in {@code file} if it is a readable file of {@code parseKey}; empty (with the reason in
     * {@code why} when it is damaged) otherwise.
     */
    public static Map<Path, Entry> read(Path file, String parseKey, StringBuilder why) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(text(in)) || !parseKey.equals(text(in))) {
                return Map.of(); // another version, or claims parsed differently: simply parsed again
            }
            int count = in.readInt();
            Map<Path, Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                entries.put(Path.of(text(in)), entry(in));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            why.append("the parsed claims of the last build (").append(file).append(") cannot be read; every claim "
                    + "is parsed again");
            return Map.of();
        }
    }

    private static void entry(DataOutputStream out, Entry entry) throws IOException {
        text(out, entry.sha256());
        list(out, entry.resources(), p -> text(out, p.toString()));
        out.writeBoolean(entry.draft().isPresent());
        if (entry.draft().isPresent()) {
            draft(out, entry.draft().get());
        }
        list(out, entry.diagnostics(), d -> {
            text(out, d.file().toString());
            out.writeInt(d.line());
            text(out, d.severity().name());
            text(out, d.message());
        });
    }

    private static Entry entry(DataInputStream in) throws IOException {
        String sha = text(in);
        List<Path> resources = list(in, () -> Path.of(text(in)));
        Optional<ClaimDraft> draft = in.readBoolean() ? Optional.of(draft(in)) : Optional.empty();
        List<Diagnostic> diagnostics = list(in, () -> new Diagnostic(Path.of(text(in)), in.readInt(),
                Severity.valueOf(text(in)), text(in)));
        return new Entry(sha, resources, draft, diagnostics);
    }

    private static void draft(DataOutputStream out, ClaimDraft d) throws IOException {
        text(out, d.file().toString());
        out.writeInt(d.frontMatterLine());
        text(out, d.slug());
        out.writeInt(d.slugLine());
        text(out, d.title());
        text(out, d.claim());
        text(out, d.verdictKey());
        out.writeInt(d.verdictLine());
        date(out, Optional.ofNullable(d.checked()));
        date(out, d.updated());
        out.writeBoolean(d.claimant().isPresent());
        if (d.claimant().isPresent()) {
            text(out, d.claimant().get().name());
            optional(out, d.claimant().get().url());
        }
        list(out, d.appearances(), s -> text(out, s));
        list(out, d.authors(), s -> text(out, s));
        list(out, d.tags(), s -> text(out, s));
        ClaimDraft.Article a = d.article();
        list(out, a.markers(), m -> {
            text(out, m.sourceId());
            out.writeInt(m.line());
        });
        list(out, a.images(), i -> {
            text(out, i.url());
            text(out, i.alt());
            out.writeInt(i.line());
        });
        optional(out, a.summaryHtml());
        optional(out, a.summaryStandaloneHtml());
        byte[] body = a.bodyHtml().stored();
        out.writeInt(a.bodyHtml().storedLength());
        out.writeInt(body.length);
        out.write(body);
        list(out, new ArrayList<>(a.citationAnchors().entrySet()), e -> {
            text(out, e.getKey());
            list(out, e.getValue(), s -> text(out, s));
        });
        list(out, d.sources(), s -> {
            text(out, s.id());
            out.writeInt(s.line());
            text(out, s.title());
            optional(out, s.url());
            optional(out, s.publisher());
            date(out, s.date());
            optional(out, s.archived());
        });
        list(out, d.related(), r -> {
            text(out, r.question());
            out.writeInt(r.line());
            text(out, r.normalized());
            text(out, r.folded());
        });
        out.writeBoolean(d.draft());
        optional(out, d.language());
        list(out, d.corrections(), c -> {
            date(out, Optional.ofNullable(c.date()));
            text(out, c.note());
            out.writeInt(c.line());
        });
        out.writeBoolean(d.image().isPresent());
        if (d.image().isPresent()) {
            text(out, d.image().get().src());
            text(out, d.image().get().alt());
            out.writeInt(d.image().get().line());
        }
        list(out, d.resources(), p -> text(out, p.toString()));
        plain(out, d.extra());
        out.writeBoolean(d.hasErrors());
        text(out, d.normalizedTitle());
    }

    private static ClaimDraft draft(DataInputStream in) throws IOException {
        Path file = Path.of(text(in));
        int frontMatterLine = in.readInt();
        String slug = text(in);
        int slugLine = in.readInt();
        String title = text(in);
        String claim = text(in);
        String verdictKey = text(in);
        int verdictLine = in.readInt();
        LocalDate checked = date(in).orElse(null);
        Optional<LocalDate> updated = date(in);
        Optional<ClaimDraft.Claimant> claimant = in.readBoolean()
                ? Optional.of(new ClaimDraft.Claimant(text(in), optional(in))) : Optional.empty();
        List<String> appearances = list(in, () -> text(in));
        List<String> authors = list(in, () -> text(in));
        List<String> tags = list(in, () -> text(in));
        List<ParsedMarkdown.Marker> markers = list(in, () -> new ParsedMarkdown.Marker(text(in), in.readInt()));
        List<ParsedMarkdown.ImageRef> images = list(in, () -> new ParsedMarkdown.ImageRef(text(in), text(in), in.readInt()));
        Optional<String> summaryHtml = optional(in);
        Optional<String> standalone = optional(in);
        int bodyLength = in.readInt();
        byte[] body = new byte[in.readInt()];
        in.readFully(body);
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        int anchorCount = in.readInt();
        for (int i = 0; i < anchorCount; i++) {
            anchors.put(text(in), list(in, () -> text(in)));
        }
        ClaimDraft.Article article = new ClaimDraft.Article(markers, images, summaryHtml, standalone,
                CompactHtml.fromStored(body, bodyLength), anchors);
        List<ClaimDraft.SourceDraft> sources = list(in, () -> new ClaimDraft.SourceDraft(text(in), in.readInt(),
                text(in), optional(in), optional(in), date(in), optional(in)));
        List<ClaimDraft.RelatedDraft> related = list(in, () -> new ClaimDraft.RelatedDraft(text(in), in.readInt(),
                text(in), text(in)));
        boolean isDraft = in.readBoolean();
        Optional<String> language = optional(in);
        List<ClaimDraft.CorrectionDraft> corrections = list(in, () -> new ClaimDraft.CorrectionDraft(
                date(in).orElse(null), text(in), in.readInt()));
        Optional<ClaimDraft.ImageDraft> image = in.readBoolean()
                ? Optional.of(new ClaimDraft.ImageDraft(text(in), text(in), in.readInt())) : Optional.empty();
        List<Path> resources = list(in, () -> Path.of(text(in)));
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = (Map<String, Object>) plain(in);
        boolean hasErrors = in.readBoolean();
        String normalizedTitle = text(in);
        return new ClaimDraft(file, frontMatterLine, slug, slugLine, title, claim, verdictKey, verdictLine, checked,
                updated, claimant, appearances, authors, tags, article, sources, related, isDraft, language,
                corrections, image, resources, extra, hasErrors, normalizedTitle);
    }

    /** {@code extra}'s plain values: text, lists and maps of them, as the parser makes them. */
    private static void plain(DataOutputStream out, Object value) throws IOException {
        if (value instanceof String s) {
            out.writeByte('s');
            text(out, s);
        } else if (value instanceof List<?> list) {
            out.writeByte('l');
            list(out, list, item -> plain(out, item));
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte('m');
            list(out, new ArrayList<>(map.entrySet()), e -> {
                text(out, (String) e.getKey());
                plain(out, e.getValue());
            });
        } else {
            throw new IllegalArgumentException("not a plain value: " + value);
        }
    }

    private static Object plain(DataInputStream in) throws IOException {
        switch (in.readByte()) {
            case 's':
                return text(in);
            case 'l':
                return list(in, () -> plain(in));
            case 'm': {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    map.put(text(in), plain(in));
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IOException("damaged value");
        }
    }

    private interface Writer<T> {
        void write(T value) throws IOException;
    }

    private interface Reader<T> {
        T read() throws IOException;
    }

    private static <T> void list(DataOutputStream out, List<T> items, Writer<T> each) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            each.write(item);
        }
    }

    private static <T> List<T> list(DataInputStream in, Reader<T> each) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("damaged list");
        }
        List<T> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            items.add(each.read());
        }
        return Collections.unmodifiableList(items);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 * 1024 * 1024) {
            throw new IOException("damaged text");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            text(out, value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
    }

    private static void date(DataOutputStream out, Optional<LocalDate> date) throws IOException {
        out.writeBoolean(date.isPresent());
        if (date.isPresent()) {
            out.writeLong(date.get().toEpochDay());
        }
    }

    private static Optional<LocalDate> date(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
    }
}
