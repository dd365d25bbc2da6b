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
import java.util.regex.Pattern;

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
 * <li>English: a folded word's Porter stem ({@code checks} and {@code checked} are {@code check});</li>
 * <li>Vietnamese: each folded syllable, and each pair of adjacent syllables joined by {@code _} (pairs stand
 * in for words, so no word segmenter is needed); a syllable typed with diacritics is also kept exactly,
 * as {@code =} and the syllable, so exact matches can rank first.</li>
 * </ol>
 */
public final class TextAnalysis {

    /** Marks a term that is a word exactly as written, diacritics and all. */
    public static final String EXACT = "=";
    /** Joins two syllables into a pair term. */
    public static final String PAIR = "_";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** Stems by folded word: a vocabulary is far smaller than a text, and Lucene's filter is not thread-safe. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** The words of {@code text}: NFC, lower case, split at anything that is not a letter, mark or digit. */
    public static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(normal)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A word without its diacritics. */
    public static String fold(String word) {
        return Slugs.foldAccents(word);
    }

    /** The Porter stem of a folded word. */
    public String stem(String folded) {
        return stems.computeIfAbsent(folded, TextAnalysis::porter);
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

    /** The terms of {@code text} in a document of {@code language}, repeated as often as they occur. */
    public List<String> terms(String text, String language) {
        List<String> words = words(text);
        List<String> terms = new ArrayList<>(words.size() * 2);
        boolean vietnamese = language.equals("vi") || language.startsWith("vi-");
        String previous = null;
        for (String word : words) {
            String folded = fold(word);
            if (vietnamese) {
                terms.add(folded);
                if (!folded.equals(word)) {
                    terms.add(EXACT + word);
                }
                if (previous != null) {
                    terms.add(previous + PAIR + folded);
                }
                previous = folded;
            } else {
                terms.add(stem(folded));
            }
        }
        return terms;
    }
}
