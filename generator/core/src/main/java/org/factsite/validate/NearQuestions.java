package org.factsite.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.factsite.parse.ClaimDraft;
import org.factsite.text.Slugs;

/**
 * The check a related question probably means when it names none: a title one word away (a word added, dropped
 * or changed, which covers a typo in one word) or differing only in accents. Titles are indexed by the hashes of
 * their one-word variants, kept in one sorted array: at 100,000 claims a few tens of megabytes for a moment,
 * where comparing every unanswered question with every title would take minutes. Used by one thread.
 */
final class NearQuestions {

    /** Shorter questions are too alike by nature ("Is it true?", "Is it new?"). */
    private static final int MIN_WORDS = 3;
    private static final long EXACT = 1, WILDCARD = 2, DROPPED = 3;

    private final List<ClaimDraft> titles;
    private List<String[]> words;
    /** Variant hashes, sorted, each with the index of its title: {@code keys[i]} belongs to {@code owners[i]}. */
    private long[] keys;
    private int[] owners;

    /** The index is made when a question first needs it: most builds have no related question without a check. */
    NearQuestions(List<ClaimDraft> published) {
        this.titles = List.copyOf(published);
    }

    private void index() {
        words = titles.stream().map(t -> split(Slugs.foldAccents(t.normalizedTitle()))).toList();
        record Entry(long key, int owner) {
        }
        List<Entry> entries = new ArrayList<>();
        for (int t = 0; t < titles.size(); t++) {
            String[] w = words.get(t);
            if (w.length < MIN_WORDS - 1) {
                continue;
            }
            entries.add(new Entry(hash(EXACT, w, -1, false), t));
            for (int i = 0; i < w.length; i++) {
                entries.add(new Entry(hash(WILDCARD, w, i, false), t));
                entries.add(new Entry(hash(DROPPED, w, i, true), t));
            }
        }
        entries.sort((a, b) -> Long.compare(a.key(), b.key()));
        keys = entries.stream().mapToLong(Entry::key).toArray();
        owners = entries.stream().mapToInt(Entry::owner).toArray();
    }

    /** The claim whose title {@code question} (folded as {@link ClaimDraft.RelatedDraft#folded}) probably means. */
    Optional<ClaimDraft> near(ClaimDraft.RelatedDraft question, ClaimDraft asking) {
        String[] q = split(question.folded());
        if (q.length < MIN_WORDS) {
            return Optional.empty();
        }
        if (keys == null) {
            index();
        }
        List<Long> probes = new ArrayList<>();
        probes.add(hash(EXACT, q, -1, false)); // accents only
        probes.add(hash(DROPPED, q, -1, false)); // the title has one word more
        for (int i = 0; i < q.length; i++) {
            probes.add(hash(WILDCARD, q, i, false)); // one word changed
            probes.add(hash(EXACT, q, i, true)); // the question has one word more
        }
        return probes.stream()
                .flatMap(key -> ownersOf(key).stream())
                .filter(t -> titles.get(t) != asking && oneWordApart(q, words.get(t)))
                .min(Integer::compare)
                .map(titles::get);
    }

    private List<Integer> ownersOf(long key) {
        int at = Arrays.binarySearch(keys, key);
        if (at < 0) {
            return List.of();
        }
        while (at > 0 && keys[at - 1] == key) {
            at--;
        }
        List<Integer> result = new ArrayList<>();
        for (int i = at; i < keys.length && keys[i] == key; i++) {
            result.add(owners[i]);
        }
        return result;
    }

    /** A hash of the words, one of them ({@code skip}) left out, or stood in for by a wildcard. */
    private static long hash(long kind, String[] w, int skip, boolean drop) {
        long h = kind;
        for (int i = 0; i < w.length; i++) {
            if (i == skip) {
                if (!drop) {
                    h = h * 1_000_003L + 0x9E3779B97F4A7C15L;
                }
                continue;
            }
            h = h * 1_000_003L + w[i].hashCode();
        }
        return h;
    }

    /** The hashes may collide: the words themselves decide. */
    private static boolean oneWordApart(String[] a, String[] b) {
        if (Arrays.equals(a, b)) {
            return true;
        }
        if (a.length == b.length) {
            int differ = 0;
            for (int i = 0; i < a.length; i++) {
                differ += a[i].equals(b[i]) ? 0 : 1;
            }
            return differ == 1;
        }
        String[] longer = a.length > b.length ? a : b;
        String[] shorter = longer == a ? b : a;
        if (longer.length != shorter.length + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length && shorter[i].equals(longer[i])) {
            i++;
        }
        return Arrays.equals(shorter, i, shorter.length, longer, i + 1, longer.length);
    }

    private static String[] split(String text) {
        return text.isBlank() ? new String[0] : text.strip().split(" +");
    }
}
