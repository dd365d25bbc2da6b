package org.factsite.cache;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.factsite.model.Claim;

/**
 * Values made of a claim (in a context: what else they take from the archive), kept between the builds of a
 * preview: each claim's list-view key (the key of its own page and its share of every list page's key) and
 * its search terms. A claim equal to the last build's, in an equal context, has the same value. Valid only
 * under one theme and site configuration: the memory starts a new one when they change.
 */
final class ClaimMemo {

    private record Entry(Claim claim, Object context, Object value) {
    }

    private final Map<String, Entry> byKindAndSlug = new ConcurrentHashMap<>();

    /** The value stored for this claim in this context, else {@code compute}'s; either is kept in {@code next}. */
    @SuppressWarnings("unchecked")
    <T> T find(String kind, Claim claim, Object context, Supplier<T> compute, ClaimMemo next) {
        String slot = kind + "\n" + claim.language() + "\n" + claim.slug(); // a slug is unique per language
        Entry entry = byKindAndSlug.get(slot);
        T value = entry != null && Objects.equals(entry.context(), context) && entry.claim().equals(claim)
                ? (T) entry.value() : compute.get();
        next.byKindAndSlug.put(slot, new Entry(claim, context, value));
        return value;
    }
}
