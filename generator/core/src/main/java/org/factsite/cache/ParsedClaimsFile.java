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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.parse.ClaimDraft;
import org.factsite.values.ValueReader;
import org.factsite.values.ValueWriter;
import org.factsite.model.Resource;

/**
 * The parsed claims of the last build on disk ({@code site.staging/parsed-claims.bin}), each under the
 * SHA-256 of its file, so that the next build parses only files whose content changed. Parsing (Markdown
 * above all) is most of a build's time. The entries are written by the one generic walk of records
 * ({@link ValueWriter}), so a field added to a parsed claim is kept with no code here. The file is valid
 * only for the same parse key (generator code, base URL, raw HTML setting, size limit); a file of another
 * key, version or a damaged one is not used.
 */
public final class ParsedClaimsFile {

    private static final String MAGIC = "factsite-parsed-claims 5";

    /** One claim file as parsed: its content hash, its folder's files, the draft (if any) and its problems. */
    public record Entry(String sha256, List<Resource> resources, Optional<ClaimDraft> draft, List<Diagnostic> diagnostics) {

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
            new ValueWriter(out).write(new TreeMap<>(entries));
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
            Map<Path, Entry> entries = new HashMap<>();
            if (!(new ValueReader(in).read() instanceof Map<?, ?> stored)) {
                throw new IOException("not a map of entries");
            }
            for (Map.Entry<?, ?> e : stored.entrySet()) {
                entries.put((Path) e.getKey(), (Entry) e.getValue());
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            why.append("the parsed claims of the last build (").append(file).append(") cannot be read; every claim "
                    + "is parsed again");
            return Map.of();
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("damaged text");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
