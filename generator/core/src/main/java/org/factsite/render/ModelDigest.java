package org.factsite.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.factsite.render.view.SiteView;

/**
 * A digest of everything a template sees: the template's name and its model, walked through records, lists,
 * maps and plain values. Two pages with equal digests under the same theme, code and options render the same
 * bytes, so a page whose digest did not change since the last build need not be rendered again. The walk
 * reads values, never rendered output, so computing it costs a fraction of rendering.
 */
final class ModelDigest {

    /** Record accessors per class, looked up once. */
    private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();
    /**
     * Digests of the few large values every page shares, by identity: the theme's messages for a language
     * (a hundred entries) and the site's frame. Digesting them once instead of once per page is a tenth of
     * the work at 10,000 pages. Only these are kept, so the memo does not grow with the archive.
     */
    private final Map<Object, byte[]> shared = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The digest of {@code model} for {@code template}, as 32 hex digits. */
    String of(String template, Map<String, Object> model) {
        MessageDigest digest = sha256();
        text(digest, template);
        value(digest, model);
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** The digest of one value, as 32 hex digits. */
    String ofValue(Object value) {
        MessageDigest digest = sha256();
        value(digest, value);
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private void value(MessageDigest d, Object value) {
        if (value instanceof SiteView || value instanceof Map<?, ?> map && map.size() > 32) {
            byte[] digest = shared.get(value);
            if (digest == null) {
                MessageDigest own = sha256();
                plainValue(own, value);
                digest = own.digest();
                shared.put(value, digest);
            }
            d.update((byte) 7);
            d.update(digest);
            return;
        }
        plainValue(d, value);
    }

    private void plainValue(MessageDigest d, Object value) {
        if (value == null) {
            d.update((byte) 0);
        } else if (value instanceof String s) {
            d.update((byte) 1);
            text(d, s);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            d.update((byte) 2);
            text(d, value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof Record record) {
            d.update((byte) 3);
            text(d, record.getClass().getName());
            for (Method accessor : accessorsOf(record.getClass())) {
                value(d, read(accessor, record));
            }
        } else if (value instanceof List<?> list) {
            d.update((byte) 4);
            count(d, list.size());
            list.forEach(item -> value(d, item));
        } else if (value instanceof Map<?, ?> map) {
            d.update((byte) 5);
            count(d, map.size());
            for (Map.Entry<?, ?> entry : ordered(map)) {
                value(d, String.valueOf(entry.getKey()));
                value(d, entry.getValue());
            }
        } else {
            // Anything else (dates, enums) is digested by its text, with its type.
            d.update((byte) 6);
            text(d, value.getClass().getName() + ":" + value);
        }
    }

    /**
     * In the order a template would list them: two maps with the same entries in another order may render
     * differently, so they must not share a digest.
     */
    private static List<Map.Entry<?, ?>> ordered(Map<?, ?> map) {
        return new ArrayList<>(map.entrySet());
    }

    private Method[] accessorsOf(Class<?> type) {
        return accessors.computeIfAbsent(type, t -> Arrays.stream(t.getRecordComponents())
                .map(RecordComponent::getAccessor)
                .peek(m -> m.setAccessible(true))
                .toArray(Method[]::new));
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private static void text(MessageDigest d, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        count(d, bytes.length);
        d.update(bytes);
    }

    private static void count(MessageDigest d, int n) {
        d.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
