package org.factsite.deploy;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * FactSite's record of what it stored in the bucket ({@code .factsite-deploy.json} beside the site): for each key,
 * the SHA-256 of the site's file, the ETag the bucket gave it and how it is served. An ETag is a file's MD5 only
 * for single uploads without server-side encryption by KMS; with the manifest, a file is known unchanged whatever
 * the service makes of ETags, and a changed Cache-Control rule is noticed.
 */
final class Manifest {

    static final String NAME = ".factsite-deploy.json";

    record Entry(String sha256, String etag, String contentType, String cacheControl, String encoding) {

        static Entry of(LocalFile file, String etag) {
            return new Entry(file.sha256(), etag, file.contentType(), file.cacheControl(), file.encoding());
        }

        /** Whether {@code file} as it is now is what this entry recorded, stored under {@code etag}. */
        boolean matches(LocalFile file, String remoteEtag) {
            return sha256.equals(file.sha256()) && etag.equals(remoteEtag) && contentType.equals(file.contentType())
                    && cacheControl.equals(file.cacheControl()) && java.util.Objects.equals(encoding, file.encoding());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /** The entries in {@code json}; none when it is not a manifest this version can read. */
    static Map<String, Entry> read(byte[] json) {
        try {
            Map<String, Entry> entries = JSON.readValue(json, new TypeReference<TreeMap<String, Entry>>() { });
            return entries == null ? new TreeMap<>() : entries;
        } catch (IOException e) {
            return new TreeMap<>(); // damaged or another version: every file is compared by its ETag instead
        }
    }

    static byte[] write(Map<String, Entry> entries) {
        try {
            return JSON.writeValueAsBytes(new TreeMap<>(entries));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
