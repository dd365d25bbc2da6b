package org.factsite.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The answers of earlier link checks, by address, in a JSON file beside the report: a rerun (after an
 * interruption, or the next day) asks again only for addresses not checked within the allowed age.
 */
final class LinkCache {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LinkCache() {
    }

    static Map<String, LinkCheck> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, LinkCheck>>() { }));
        } catch (IOException e) {
            return new TreeMap<>(); // a damaged cache only costs a full check
        }
    }

    static void write(Path file, Map<String, LinkCheck> checks) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            JSON.writeValue(next.toFile(), new TreeMap<>(checks));
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
