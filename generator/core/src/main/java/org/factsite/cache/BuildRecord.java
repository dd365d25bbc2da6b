package org.factsite.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import org.factsite.load.FileWalk;

/**
 * What the last successful build left: the fingerprint of its inputs, an index of the input files (size,
 * modification time, SHA-256) so unchanged files need not be read again, the warnings it printed, and a
 * listing of the output folder to tell that nobody has touched it since. Kept in the staging folder
 * ({@code site.staging/last-build.txt}) as plain lines, quick to read in a fresh JVM; a missing, corrupt or
 * foreign record is ignored.
 *
 * @param renderKey what every page depends on besides its own model: code, options, today, theme and the
 *                  content outside {@code claims/}
 * @param pages     page path to the digest of the model it was rendered from (see the renderer)
 */
public record BuildRecord(String fingerprint, long writtenAt, int claims, long files, long bytes,
        List<Warning> warnings, List<InputFile> inputs, List<OutputFile> output, String renderKey,
        Map<String, String> pages) {

    static final String HEADER = "factsite-build-record 2";

    /** An input file: where, how big, last modified, and its content's SHA-256. */
    public record InputFile(String path, long size, long modified, String sha256) {
    }

    public record OutputFile(String path, long size, long modified) {
    }

    /** A warning of the last build, printed again when nothing changed. */
    public record Warning(String file, int line, String message) {
    }

    public BuildRecord {
        warnings = List.copyOf(warnings);
        inputs = List.copyOf(inputs);
        output = List.copyOf(output);
        pages = Map.copyOf(pages);
    }

    /** The record in {@code file}, if there is a readable one of this format; a problem is described in {@code why}. */
    public static Optional<BuildRecord> read(Path file, StringBuilder why) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                why.append("the record of the last build (").append(file).append(") is from another version");
                return Optional.empty();
            }
            String fingerprint = null;
            long writtenAt = 0;
            int claims = 0;
            long files = 0;
            long bytes = 0;
            List<Warning> warnings = new ArrayList<>();
            List<InputFile> inputs = new ArrayList<>();
            List<OutputFile> output = new ArrayList<>();
            String renderKey = "";
            Map<String, String> pages = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "fingerprint" -> fingerprint = f[1];
                    case "written" -> writtenAt = Long.parseLong(f[1]);
                    case "claims" -> claims = Integer.parseInt(f[1]);
                    case "files" -> files = Long.parseLong(f[1]);
                    case "bytes" -> bytes = Long.parseLong(f[1]);
                    case "warning" -> warnings.add(new Warning(unescape(f[1]), Integer.parseInt(f[2]), unescape(f[3])));
                    case "input" -> inputs.add(new InputFile(unescape(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                            f[4]));
                    case "output" -> output.add(new OutputFile(unescape(f[1]), Long.parseLong(f[2]),
                            Long.parseLong(f[3])));
                    case "render" -> renderKey = f[1];
                    case "page" -> pages.put(unescape(f[1]), f[2]);
                    default -> throw new IllegalArgumentException("unknown line: " + f[0]);
                }
            }
            if (fingerprint == null) {
                throw new IllegalArgumentException("no fingerprint");
            }
            return Optional.of(new BuildRecord(fingerprint, writtenAt, claims, files, bytes, warnings, inputs, output,
                    renderKey, pages));
        } catch (IOException | RuntimeException e) {
            why.append("the record of the last build (").append(file).append(") cannot be read; it is ignored");
            return Optional.empty();
        }
    }

    public void write(Path file) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("fingerprint\t").append(fingerprint).append('\n');
        text.append("written\t").append(writtenAt).append('\n');
        text.append("claims\t").append(claims).append('\n');
        text.append("files\t").append(files).append('\n');
        text.append("bytes\t").append(bytes).append('\n');
        text.append("render\t").append(renderKey).append('\n');
        for (Warning w : warnings) {
            text.append("warning\t").append(escape(w.file())).append('\t').append(w.line()).append('\t')
                    .append(escape(w.message())).append('\n');
        }
        for (InputFile i : inputs) {
            text.append("input\t").append(escape(i.path())).append('\t').append(i.size()).append('\t')
                    .append(i.modified()).append('\t').append(i.sha256()).append('\n');
        }
        for (OutputFile o : output) {
            text.append("output\t").append(escape(o.path())).append('\t').append(o.size()).append('\t')
                    .append(o.modified()).append('\n');
        }
        new TreeMap<>(pages).forEach((path, digest) ->
                text.append("page\t").append(escape(path)).append('\t').append(digest).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Whether {@code site} still holds exactly the files this build wrote, unchanged. */
    public boolean outputIntact(Path site) {
        return Files.isDirectory(site) && listing(site).equals(output);
    }

    public static List<OutputFile> listing(Path site) {
        return FileWalk.files(site).stream().map(e -> new OutputFile(e.relative(), e.size(), e.modified())).toList();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
