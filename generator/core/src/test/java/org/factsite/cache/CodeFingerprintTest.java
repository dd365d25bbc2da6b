package org.factsite.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code fingerprint covers the libraries too: under Maven each is a jar of its own in the plugin's realm. */
class CodeFingerprintTest {

    @Test
    void aNewLibraryVersionChangesTheCodeFingerprint(@TempDir Path dir) throws Exception {
        Path library = dir.resolve("flexmark-0.64.8.jar");
        Files.writeString(library, "the library as it was");
        try (URLClassLoader realm = new URLClassLoader(new URL[] {library.toUri().toURL()}, null)) {
            String before = new Fingerprint().addCode(Fingerprint.class, realm).hex();
            assertEquals(before, new Fingerprint().addCode(Fingerprint.class, realm).hex(), "the same code, the same key");
            Files.writeString(library, "the library, patched");
            assertNotEquals(before, new Fingerprint().addCode(Fingerprint.class, realm).hex());
        }
    }
}
