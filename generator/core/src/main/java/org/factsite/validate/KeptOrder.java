package org.factsite.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keys in sorted order, carried from one build to the next: the keys an earlier build sorted and this one still
 * has keep their order, and only the new ones are sorted and merged in. The result is the full sort's, whatever
 * was carried over, as long as the order is total on the keys (it depends on nothing but the key): an edit
 * that adds a question sorts one question, not the archive's 28,000.
 */
final class KeptOrder {

    private final String[] keys;
    private final Set<String> known;

    private KeptOrder(String[] keys) {
        this.keys = keys;
        this.known = new HashSet<>(Arrays.asList(keys));
    }

    /** The values sorted, and their order to carry on from. */
    record Sorted<T>(List<T> values, KeptOrder order) {
    }

    /**
     * @param byKey   the values to sort, each by its own key
     * @param order   total on the keys: two values with different keys never compare equal
     * @param earlier an earlier build's order of the same kind of values, if one was left
     */
    static <T> Sorted<T> sort(Map<String, T> byKey, Comparator<? super T> order, Optional<KeptOrder> earlier) {
        List<Map.Entry<String, T>> kept = new ArrayList<>(byKey.size());
        List<Map.Entry<String, T>> added = new ArrayList<>();
        if (earlier.isPresent()) {
            for (String key : earlier.get().keys) {
                T value = byKey.get(key);
                if (value != null) {
                    kept.add(Map.entry(key, value));
                }
            }
            if (kept.size() == earlier.get().keys.length && kept.size() == byKey.size()) {
                return new Sorted<>(kept.stream().map(Map.Entry::getValue).toList(), earlier.get()); // the same keys
            }
            if (kept.size() < byKey.size()) {
                byKey.forEach((key, value) -> {
                    if (!earlier.get().known.contains(key)) {
                        added.add(Map.entry(key, value));
                    }
                });
            }
        } else {
            byKey.forEach((key, value) -> added.add(Map.entry(key, value)));
        }
        Comparator<Map.Entry<String, T>> byValue = (a, b) -> order.compare(a.getValue(), b.getValue());
        added.sort(byValue);
        List<Map.Entry<String, T>> merged = merge(kept, added, byValue);
        return new Sorted<>(merged.stream().map(Map.Entry::getValue).toList(),
                new KeptOrder(merged.stream().map(Map.Entry::getKey).toArray(String[]::new)));
    }

    private static <E> List<E> merge(List<E> a, List<E> b, Comparator<? super E> order) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<E> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            merged.add(order.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
        }
        merged.addAll(a.subList(i, a.size()));
        merged.addAll(b.subList(j, b.size()));
        return merged;
    }
}
