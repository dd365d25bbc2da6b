package org.factsite.deploy;

import java.util.List;
import java.util.Optional;

/** A bucket that passes every call on; a test overrides {@link #put} to watch uploads or break them. */
class ForwardingBucket implements Bucket {

    private final Bucket target;

    ForwardingBucket(Bucket target) {
        this.target = target;
    }

    @Override
    public List<RemoteObject> list(String prefix) {
        return target.list(prefix);
    }

    @Override
    public Optional<byte[]> read(String key) {
        return target.read(key);
    }

    @Override
    public String put(String key, LocalFile.Body body, LocalFile file) {
        return target.put(key, body, file);
    }

    @Override
    public void putManifest(String key, byte[] json) {
        target.putManifest(key, json);
    }

    @Override
    public void delete(String key) {
        target.delete(key);
    }
}
