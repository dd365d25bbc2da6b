package org.factsite.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.factsite.write.SiteOutput;

/** An output that keeps what is written as text, by path in order: for tests of one writer. */
public final class MemoryOutput implements SiteOutput {

    private final Map<String, String> files = new TreeMap<>();

    @Override
    public void writeBytes(String sitePath, byte[] content) {
        files.put(sitePath, new String(content, StandardCharsets.UTF_8));
    }

    @Override
    public boolean produced(String sitePath) {
        return files.containsKey(sitePath);
    }

    /** The files written, by path. */
    public Map<String, String> files() {
        return files;
    }
}
