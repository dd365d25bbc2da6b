package org.factsite.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factsite.parse.ClaimDraft;
import org.factsite.text.Slugs;

/**
 * The check a related question probably means when it names none: a title one word away (a word added, dropped
 * or changed, which covers a typo in one word) or differing only in accents. Titles are indexed by the hashes of
 * their one-word variants, kept in one sorted array of longs (a hash's top 40 bits, then its title's index): at
 * 100,000 claims a few megabytes, where comparing every unanswered question with every title would take
 * minutes. Hashes may collide, the more so cut to 40 bits: the words themselves decide. The index, and the
 * titles each question was found near, are carried to the next build while the titles are the same, in the same
 * order: an edit of a claim's text asks nothing again. Safe to ask from several threads.
 */
final class NearQuestions {

    /** Shorter questions are too alike by nature ("Is it true?", "Is it new?"). */
    private static final int MIN_WORDS = 3;
    private static final long EXACT = 1, WILDCARD = 2, DROPPED = 3;
    /** The low bits of an entry hold its title's index: up to 16.7 million titles. */
    private static final int OWNER_BITS = 24;
    private static final long OWNER_MASK = (1L << OWNER_BITS) - 1;
    private static final int[] NONE = new int[0];

    /**
     * What one build's index is made of, left for the next: the titles indexed (in order), their words, the variant
     * hashes ({@code hash >>> 24 << 24 | title}, sorted), and the titles one word from each question asked, by the
     * question's folded text ({@code earlier}: what the last build found, looked up before searching).
     */
    record Index(List<String> titles, String[][] words, long[] entries, Map<String, int[]> found,
            Map<String, int[]> earlier) {
    }

    private final List<ClaimDraft> titles;
    private final Optional<Index> left;
    /** Made when a question first needs it: most builds have no related question without a check. */
    private volatile Index index;

    /** @param left the index an earlier build left, used if its titles are this build's */
    NearQuestions(List<ClaimDraft> published, Optional<Index> left) {
        this.titles = List.copyOf(published);
        this.left = left;
    }

    /** The index to leave for the next build, if this one made or used one. */
    Optional<Index> toLeave() {
        Index made = index;
        return made == null ? left : Optional.of(new Index(made.titles(), made.words(), made.entries(), made.found(),
                Map.of()));
    }

    private synchronized Index index() {
        if (index != null) {
            return index;
        }
        if (titles.size() > OWNER_MASK) {
            throw new IllegalStateException("more than " + OWNER_MASK + " claims to compare related questions with");
        }
        List<String> normalized = titles.stream().map(ClaimDraft::normalizedTitle).toList();
        if (left.isPresent() && left.get().titles().equals(normalized)) {
            Index earlier = left.get();
            index = new Index(normalized, earlier.words(), earlier.entries(), new ConcurrentHashMap<>(),
                    earlier.found());
            return index;
        }
        String[][] words = new String[titles.size()][];
        int count = 0;
        for (int t = 0; t < titles.size(); t++) {
            words[t] = split(Slugs.foldAccents(normalized.get(t)));
            count += words[t].length < MIN_WORDS - 1 ? 0 : 1 + 2 * words[t].length;
        }
        long[] entries = new long[count];
        int n = 0;
        for (int t = 0; t < titles.size(); t++) {
            String[] w = words[t];
            if (w.length < MIN_WORDS - 1) {
                continue;
            }
            entries[n++] = entry(hash(EXACT, w, -1, false), t);
            for (int i = 0; i < w.length; i++) {
                entries[n++] = entry(hash(WILDCARD, w, i, false), t);
                entries[n++] = entry(hash(DROPPED, w, i, true), t);
            }
        }
        Arrays.sort(entries);
        index = new Index(normalized, words, entries, new ConcurrentHashMap<>(), Map.of());
        return index;
    }

    private static long entry(long hash, int title) {
        return hash >>> OWNER_BITS << OWNER_BITS | title;
    }

    /** The claim whose title {@code question} (folded as {@link ClaimDraft.RelatedDraft#folded}) probably means. */
    Optional<ClaimDraft> near(ClaimDraft.RelatedDraft question, ClaimDraft asking) {
        Index in = index != null ? index : index();
        int[] near = in.found().computeIfAbsent(question.folded(),
                folded -> in.earlier().containsKey(folded) ? in.earlier().get(folded) : search(in, split(folded)));
        for (int title : near) { // the first title in archive order, as the warning names one
            if (titles.get(title) != asking) {
                return Optional.of(titles.get(title));
            }
        }
        return Optional.empty();
    }

    /** The titles one word from the question's words, in archive order. */
    private static int[] search(Index in, String[] q) {
        if (q.length < MIN_WORDS) {
            return NONE;
        }
        BitSet near = new BitSet();
        collect(in, hash(EXACT, q, -1, false), q, near); // accents only
        collect(in, hash(DROPPED, q, -1, false), q, near); // the title has one word more
        for (int i = 0; i < q.length; i++) {
            collect(in, hash(WILDCARD, q, i, false), q, near); // one word changed
            collect(in, hash(EXACT, q, i, true), q, near); // the question has one word more
        }
        return near.isEmpty() ? NONE : near.stream().toArray();
    }

    /** Adds the titles under {@code hash} one word from the question. */
    private static void collect(Index in, long hash, String[] q, BitSet near) {
        long low = entry(hash, 0);
        long[] entries = in.entries();
        int at = Arrays.binarySearch(entries, low);
        for (int i = at < 0 ? -at - 1 : at; i < entries.length && (entries[i] & ~OWNER_MASK) == low; i++) {
            int title = (int) (entries[i] & OWNER_MASK);
            if (oneWordApart(q, in.words()[title])) {
                near.set(title);
            }
        }
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

    /** The words between spaces: a scan, not a regular expression (asked for every related question of a build). */
    private static String[] split(String text) {
        List<String> words = new ArrayList<>(12);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words.toArray(String[]::new);
    }
}
