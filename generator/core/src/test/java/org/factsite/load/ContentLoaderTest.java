package org.factsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @Test
    void byteOrderMarkAndCrlfAreNormalised(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("site.yaml"), "title: x\r\n");
        Files.createDirectories(dir.resolve("claims/sub"));
        Files.write(dir.resolve("claims/sub/b.md"), "\uFEFF---\r\ntitle: b\r\n---\r\nBody\r\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("claims/a.md"), "---\rtitle: a\r---\r");
        Files.writeString(dir.resolve("claims/notes.txt"), "ignored");
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(1024);
        LoadedContent content = loader.load(dir, diagnostics);
        assertEquals(0, diagnostics.sorted().size());
        assertEquals("title: x\n", loader.readSiteConfig(dir, diagnostics).text());
        assertEquals(List.of(dir.resolve("claims/a.md"), dir.resolve("claims/sub/b.md")), content.claims(),
                "claims are listed in path order");
        assertEquals("---\ntitle: a\n---\n", loader.read(content.claims().get(0), diagnostics).text());
        assertEquals("---\ntitle: b\n---\nBody\n", loader.read(content.claims().get(1), diagnostics).text());
    }

    @Test
    void filesOverTheLimitAreErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("site.yaml"), "title: x\n");
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("claims/big.md"), "x".repeat(2000));
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(1000);
        loader.read(loader.load(dir, diagnostics).claims().get(0), diagnostics);
        assertEquals(1, diagnostics.errors().size());
        assertEquals("the file is 2000 bytes, over the limit of 1000 bytes; split it, or raise the limit "
                + "(maxFileBytes) if it is really meant to be this big", diagnostics.errors().get(0).message());
    }

    @Test
    void missingSiteConfig(@TempDir Path dir) {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(null, new ContentLoader(1000).readSiteConfig(dir, diagnostics));
        assertEquals(dir.resolve("site.yaml"), diagnostics.errors().get(0).file());
    }
}
