package org.factsite.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.factsite.text.Slugs;

/**
 * How text becomes search terms. The browser's script does the same to a query (the rules are in
 * {@code search.js}, the stemmer is the theme's {@code stemmer.js}, the same Porter algorithm as Lucene's
 * {@link PorterStemFilter}):
 * <ol>
 * <li>Unicode NFC, lower case, split into words of letters, marks and digits;</li>
 * <li>each word folded: combining marks stripped and {@code đ} made {@code d}, so {@code duoc} finds
 * {@code được};</li>
 * <li>English: a folded word's Porter stem ({@code checks} and {@code checked} are {@code check}), and each
 * pair of adjacent stems joined by {@code _};</li>
 * <li>Vietnamese: each folded syllable, and each pair of adjacent syllables joined by {@code _} (pairs stand
 * in for words, so no word segmenter is needed); a syllable typed with diacritics is also kept exactly,
 * as {@code =} and the syllable, so exact matches can rank first.</li>
 * </ol>
 * Pairs rank words found side by side (a title typed whole) above the same words apart; English has them as
 * well as Vietnamese, or a Vietnamese claim that merely mentions an English title would outrank it.
 */
public final class TextAnalysis {

    /** Marks a term that is a word exactly as written, diacritics and all. */
    public static final String EXACT = "=";
    /** Joins two syllables into a pair term. */
    public static final String PAIR = "_";

    /** Stems by folded word: a vocabulary is far smaller than a text, and Lucene's filter is not thread-safe. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    /** Folded forms of words with diacritics, by word: a vocabulary again. */
    private final Map<String, String> folded = new ConcurrentHashMap<>();
    /** An English word's term (its folded form's stem), by word: one look-up per word of an article. */
    private final Map<String, String> english = new ConcurrentHashMap<>();

    /**
     * The words of {@code text}: NFC, lower case, split at anything that is not a letter, mark or digit; a run of
     * marks with no letter or digit (a stray accent) is no word.
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, words::add);
        return words;
    }

    /** Gives each word of {@code text} to {@code action}, as {@link #words} lists them, without the list. */
    private static void forEachWord(String text, Consumer<String> action) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        normal = normal.toLowerCase(Locale.ROOT);
        int start = -1;
        boolean hasBase = false; // a letter or digit: marks alone (a stray accent) fold to nothing, so are no word
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            boolean inWord = isWordCharacter(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (hasBase) {
                    action.accept(normal.substring(start, i));
                }
                start = -1;
                hasBase = false;
            }
            if (inWord && !hasBase) {
                hasBase = c < 0x80 || !isMark(c); // asked until the first base: no look-up per letter of a word
            }
            i += Character.charCount(c);
        }
        if (start >= 0 && hasBase) {
            action.accept(normal.substring(start));
        }
    }

    /** A letter, mark or number (Unicode L, M, N: the script's {@code [\\p{L}\\p{M}\\p{N}]}). */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetter(c) || isMark(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A combining mark (Unicode M), which alone makes no word. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A word without its diacritics. */
    public static String fold(String word) {
        return Slugs.foldAccents(word); // which returns plain ASCII as it is, the common case in English
    }

    /** The Porter stem of a folded word. */
    public String stem(String folded) {
        String stem = stems.get(folded); // a read first: computeIfAbsent may lock even when the stem is there
        return stem != null ? stem : stems.computeIfAbsent(folded, TextAnalysis::porter);
    }

    private static String porter(String word) {
        try (KeywordTokenizer tokenizer = new KeywordTokenizer(); TokenStream stream = new PorterStemFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(word));
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
    }

    private String foldKnown(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return folded.computeIfAbsent(word, TextAnalysis::fold);
            }
        }
        return word;
    }

    /**
     * What chooses a term's shard: the stem of its word, or of each word of a pair, so that the forms a query
     * word is looked up as (its stem, its folded form, its exact form) share one shard, and a query fetches
     * one shard per word and one per pair of words.
     */
    public String shardKey(String term) {
        if (term.startsWith(EXACT)) {
            return stem(fold(term.substring(EXACT.length())));
        }
        int pair = term.indexOf(PAIR);
        return pair < 0 ? stem(term) : stem(term.substring(0, pair)) + PAIR + stem(term.substring(pair + 1));
    }

    /** Whether {@code language} (a BCP 47 tag) is analysed as Vietnamese syllables rather than English words. */
    public static boolean isVietnamese(String language) {
        return language.equals("vi") || language.startsWith("vi-");
    }

    /** The terms of {@code text} in a document of {@code language}, repeated as often as they occur. */
    public List<String> terms(String text, String language) {
        return terms(text, language, true);
    }

    /**
     * As {@link #terms(String, String)}; without {@code pairsAndExact} a text gives only its words (an article's
     * pairs and exact forms would be most of the index, for little ranking).
     */
    public List<String> terms(String text, String language, boolean pairsAndExact) {
        List<String> terms = new ArrayList<>(text.length() / 4);
        if (!isVietnamese(language)) {
            String[] previous = {null};
            forEachWord(text, word -> {
                String term = english.get(word); // a read first: computeIfAbsent may lock even when it is there
                term = term != null ? term : english.computeIfAbsent(word, w -> stem(fold(w)));
                terms.add(term);
                if (pairsAndExact && previous[0] != null) {
                    terms.add(previous[0] + PAIR + term);
                }
                previous[0] = term;
            });
            return terms;
        }
        String[] previous = {null};
        forEachWord(text, word -> {
            String folded = foldKnown(word);
            terms.add(folded);
            if (pairsAndExact && !folded.equals(word)) {
                terms.add(EXACT + word);
            }
            if (pairsAndExact && previous[0] != null) {
                terms.add(previous[0] + PAIR + folded);
            }
            previous[0] = folded;
        });
        return terms;
    }
}
