package org.factsite.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a deploy does: the files to upload (new or changed, in upload waves), the keys to delete (files the site no
 * longer has), and the files already there. Made by comparing the site with the bucket's listing and FactSite's
 * manifest; changes nothing.
 */
record DeployPlan(List<LocalFile> uploads, List<String> deletions, List<LocalFile> unchanged, Map<String, String> etags) {

    static DeployPlan of(List<LocalFile> site, List<RemoteObject> remote, Map<String, Manifest.Entry> manifest,
            BucketAddress address) {
        Map<String, RemoteObject> byKey = new HashMap<>();
        remote.forEach(object -> byKey.put(object.key(), object));
        List<LocalFile> uploads = new ArrayList<>();
        List<LocalFile> unchanged = new ArrayList<>();
        Map<String, String> etags = new HashMap<>();
        for (LocalFile file : site) {
            String key = address.key(file.sitePath());
            RemoteObject there = byKey.get(key);
            Manifest.Entry known = manifest.get(key);
            boolean same = there != null && (known != null ? known.matches(file, there.etag())
                    // No record of it (a first deploy over an old copy, a lost manifest): a single upload's ETag is
                    // its MD5, so the same bytes are not sent again.
                    : there.etag().equalsIgnoreCase(file.body().md5()));
            if (same) {
                unchanged.add(file);
                etags.put(key, there.etag());
            } else {
                uploads.add(file);
            }
        }
        uploads.sort(Comparator.comparingInt(LocalFile::wave).thenComparing(LocalFile::sitePath));
        Set<String> keys = site.stream().map(f -> address.key(f.sitePath())).collect(Collectors.toSet());
        String manifestKey = address.key(Manifest.NAME);
        List<String> deletions = remote.stream().map(RemoteObject::key)
                .filter(key -> !keys.contains(key) && !key.equals(manifestKey)).sorted().toList();
        return new DeployPlan(List.copyOf(uploads), deletions, List.copyOf(unchanged), Map.copyOf(etags));
    }

    /** The files' own sizes (before any compression). */
    long uploadBytes() {
        return uploads.stream().mapToLong(LocalFile::size).sum();
    }
}
