package org.factsite.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.factsite.model.Claim;

/**
 * Each claim's list-view key (the key of its own page and its share of every list page's key), kept between
 * the builds of a preview: a claim equal to the last build's, in an equal context, has the same view. The
 * context is what the view takes from the rest of the archive (see the renderer's views). Valid only under
 * one theme and site configuration: the memory starts a new one when they change.
 */
final class ClaimViewKeys {

    private record Entry(Claim claim, Object context, String key) {
    }

    private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();

    /** The key stored for this claim in this context, else {@code compute}'s, stored in {@code next}. */
    String find(Claim claim, Object context, Supplier<String> compute, ClaimViewKeys next) {
        Entry entry = bySlug.get(claim.slug());
        String key = entry != null && entry.context().equals(context) && entry.claim().equals(claim) ? entry.key()
                : compute.get();
        next.bySlug.put(claim.slug(), new Entry(claim, context, key));
        return key;
    }
}
