package org.factsite.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.factsite.model.Claim;

/**
 * Each claim's list-view digest (the key of its own page and its share of every list page's key), kept
 * between the builds of a preview: a claim that is equal to last build's, in an equal context, has the same
 * view. The context is what the view takes from the rest of the archive: its verdict's and tags' counts, the
 * tags' display names and the languages of the claims answering its related questions. Valid only under
 * one theme and site configuration: the preview starts a new one when they change.
 */
public final class ListViewKeys {

    record Entry(Claim claim, String context, String digest) {
    }

    private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();

    /** The digest last stored for this claim in this context, or null. */
    String find(Claim claim, String context) {
        Entry entry = bySlug.get(claim.slug());
        return entry != null && entry.context().equals(context) && entry.claim().equals(claim) ? entry.digest() : null;
    }

    void store(Claim claim, String context, String digest) {
        bySlug.put(claim.slug(), new Entry(claim, context, digest));
    }
}
