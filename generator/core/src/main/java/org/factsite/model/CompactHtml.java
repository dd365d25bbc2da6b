package org.factsite.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Rendered HTML held deflated: an article body is the largest part of a claim, and an archive of 100,000
 * claims must fit in memory as a model, not as rendered pages. Inflated only while its page is written.
 */
public final class CompactHtml {

    private final byte[] deflated;
    private final int length;
    /** {@link #digest()}, computed once: a String, so publishing it without a lock is safe. */
    private volatile String digest;

    private CompactHtml(byte[] deflated, int length) {
        this.deflated = deflated;
        this.length = length;
    }

    /** The stored form, for a cache on disk: {@link #fromStored} gives the same HTML back. */
    public byte[] stored() {
        return deflated.clone();
    }

    /** The HTML length in UTF-8 bytes, with {@link #stored()}. */
    public int storedLength() {
        return length;
    }

    public static CompactHtml fromStored(byte[] deflated, int length) {
        return new CompactHtml(deflated.clone(), length);
    }

    public static CompactHtml of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new CompactHtml(out.toByteArray(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    /**
     * A SHA-256 of the stored form, as hex: equal HTML gives an equal digest (the same deflater settings
     * always give the same bytes), without inflating it.
     */
    public String digest() {
        String known = digest;
        if (known == null) {
            try {
                known = java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(deflated)) + ":" + length;
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            digest = known;
        }
        return known;
    }

    /** The HTML. */
    public String text() {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] bytes = new byte[length];
            int n = 0;
            while (n < length) {
                int got = inflater.inflate(bytes, n, length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                n += got;
            }
            return new String(bytes, 0, n, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt compact HTML", e);
        } finally {
            inflater.end();
        }
    }

    /** Equal HTML is stored as equal bytes (the same deflater settings always give the same output). */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CompactHtml other && length == other.length
                && java.util.Arrays.equals(deflated, other.deflated);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(deflated);
    }

    @Override
    public String toString() {
        return text();
    }
}
