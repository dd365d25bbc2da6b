package org.factsite.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

import org.factsite.render.view.SiteView;
import org.factsite.values.ValueWriter;

/**
 * A page's key: the digest of everything its template sees, its template's name and its model, written by
 * the one walk of records the parsed-claims file uses ({@link ValueWriter}). Two pages with equal keys under
 * the same theme, code and options render the same bytes, so a page whose key did not change since the last
 * build need not be rendered again. The walk reads values, never rendered output, so it costs a fraction of
 * rendering.
 */
final class ModelDigest {

    /**
     * Digests of the few large values every page shares, by identity: the theme's messages for a language
     * (a hundred entries) and the site's frame. Digesting them once instead of once per page is a tenth of
     * the work at 10,000 pages. Only these are kept, so the memo does not grow with the archive.
     */
    private final Map<Object, byte[]> shared = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The digest of {@code model} for {@code template}, as 32 hex digits. */
    String of(String template, Map<String, Object> model) {
        return HexFormat.of().formatHex(digest(template, model), 0, 16);
    }

    /** The digest of one value, as 32 hex digits. */
    String ofValue(Object value) {
        return HexFormat.of().formatHex(digest(value), 0, 16);
    }

    private byte[] digest(Object... values) {
        return digestOf(null, values);
    }

    /** @param whole a shared value being digested itself: written in full, not as its digest */
    private byte[] digestOf(Object whole, Object... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ValueWriter writer = new SharedValues(out, whole);
            for (Object value : values) {
                writer.write(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return sha256().digest(bytes.toByteArray());
    }

    /** Writes the shared values as their remembered digests. */
    private final class SharedValues extends ValueWriter {

        private final Object whole;

        SharedValues(DataOutputStream out, Object whole) {
            super(out);
            this.whole = whole;
        }

        @Override
        protected boolean writeShortcut(Object value) throws IOException {
            if (value == whole || !(value instanceof SiteView) && !(value instanceof Map<?, ?> map && map.size() > 32)) {
                return false;
            }
            byte[] digest = shared.get(value);
            if (digest == null) {
                digest = digestOf(value, value);
                shared.put(value, digest);
            }
            out.writeByte(SHORTCUT);
            out.write(digest);
            return true;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
