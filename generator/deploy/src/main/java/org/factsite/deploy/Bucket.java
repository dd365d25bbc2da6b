package org.factsite.deploy;

import java.util.List;
import java.util.Optional;

/** What a deploy asks of the bucket. {@link S3Bucket} speaks S3 to it; tests may watch or break the calls. */
public interface Bucket {

    /** Every object whose key starts with {@code prefix}. */
    List<RemoteObject> list(String prefix);

    /** The object's bytes, or empty when there is none. */
    Optional<byte[]> read(String key);

    /** Stores {@code body} under {@code key} as {@code file} says it is served; returns its ETag, without quotes. */
    String put(String key, LocalFile.Body body, LocalFile file);

    /** Stores FactSite's own file (the manifest): JSON, never cached. */
    void putManifest(String key, byte[] json);

    void delete(String key);
}
