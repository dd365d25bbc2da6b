package org.factsite.values;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's bytes as a key: their digest, in hexadecimal. */
public final class Digests {

    private Digests() {
    }

    public static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    /** @param algorithm one every Java has: SHA-256, MD5 */
    public static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java", e);
        }
    }
}
