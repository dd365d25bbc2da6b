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
 * their one-word variants, kept in one sorted array of longs (a hash's top 40 bits, then its title's index): at
 * 100,000 claims a few megabytes for a moment, where comparing every unanswered question with every title
 * would take minutes. Hashes may collide, the more so cut to 40 bits: the words themselves decide. Safe to ask
 * from several threads.
 */
final class NearQuestions {

    /** Shorter questions are too alike by nature ("Is it true?", "Is it new?"). */
    private static final int MIN_WORDS = 3;
    private static final long EXACT = 1, WILDCARD = 2, DROPPED = 3;
    /** The low bits of an entry hold its title's index: up to 16.7 million titles. */
    private static final int OWNER_BITS = 24;
    private static final long OWNER_MASK = (1L << OWNER_BITS) - 1;

    private final List<ClaimDraft> titles;
    private String[][] words;
    /** Variant hashes, sorted: {@code hash >>> 24 << 24 | title}. Made when a question first needs it. */
    private volatile long[] entries;

    /** The index is made when a question first needs it: most builds have no related question without a check. */
    NearQuestions(List<ClaimDraft> published) {
        this.titles = List.copyOf(published);
    }

    private synchronized long[] index() {
        if (entries != null) {
            return entries;
        }
        if (titles.size() > OWNER_MASK) {
            throw new IllegalStateException("more than " + OWNER_MASK + " claims to compare related questions with");
        }
        words = new String[titles.size()][];
        int count = 0;
        for (int t = 0; t < titles.size(); t++) {
            words[t] = split(Slugs.foldAccents(titles.get(t).normalizedTitle()));
            count += words[t].length < MIN_WORDS - 1 ? 0 : 1 + 2 * words[t].length;
        }
        long[] index = new long[count];
        int n = 0;
        for (int t = 0; t < titles.size(); t++) {
            String[] w = words[t];
            if (w.length < MIN_WORDS - 1) {
                continue;
            }
            index[n++] = entry(hash(EXACT, w, -1, false), t);
            for (int i = 0; i < w.length; i++) {
                index[n++] = entry(hash(WILDCARD, w, i, false), t);
                index[n++] = entry(hash(DROPPED, w, i, true), t);
            }
        }
        Arrays.sort(index);
        entries = index;
        return index;
    }

    private static long entry(long hash, int title) {
        return hash >>> OWNER_BITS << OWNER_BITS | title;
    }

    /** The claim whose title {@code question} (folded as {@link ClaimDraft.RelatedDraft#folded}) probably means. */
    Optional<ClaimDraft> near(ClaimDraft.RelatedDraft question, ClaimDraft asking) {
        String[] q = split(question.folded());
        if (q.length < MIN_WORDS) {
            return Optional.empty();
        }
        long[] index = entries == null ? index() : entries;
        int best = Integer.MAX_VALUE; // the first title in archive order, as the warning names one
        best = nearest(index, hash(EXACT, q, -1, false), q, asking, best); // accents only
        best = nearest(index, hash(DROPPED, q, -1, false), q, asking, best); // the title has one word more
        for (int i = 0; i < q.length; i++) {
            best = nearest(index, hash(WILDCARD, q, i, false), q, asking, best); // one word changed
            best = nearest(index, hash(EXACT, q, i, true), q, asking, best); // the question has one word more
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(titles.get(best));
    }

    /** The lower of {@code best} and the first title under {@code hash} one word from the question. */
    private int nearest(long[] index, long hash, String[] q, ClaimDraft asking, int best) {
        long low = entry(hash, 0);
        int at = Arrays.binarySearch(index, low);
        for (int i = at < 0 ? -at - 1 : at; i < index.length && (index[i] & ~OWNER_MASK) == low; i++) {
            int title = (int) (index[i] & OWNER_MASK);
            if (title < best && titles.get(title) != asking && oneWordApart(q, words[title])) {
                best = title;
            }
        }
        return best;
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
    static String[] split(String text) {
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
