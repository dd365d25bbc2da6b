package org.factsite.render.theme;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import freemarker.cache.TemplateLoader;

/**
 * Loads templates from a folder given as a {@link Path}, which may lie inside a jar (the bundled theme).
 * Names that would leave the folder are not found.
 */
public final class PathTemplateLoader implements TemplateLoader {

    private final Path root;

    public PathTemplateLoader(Path root) {
        this.root = root;
    }

    @Override
    public Object findTemplateSource(String name) {
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1; // one Configuration per build: nothing to refresh
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return Files.newBufferedReader((Path) templateSource, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing held open
    }
}
