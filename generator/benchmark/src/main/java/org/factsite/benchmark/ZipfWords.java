package org.factsite.benchmark;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Words drawn from a vocabulary by Zipf's law (the word of rank r with weight 1/r^s), as words occur in
 * natural text: a few very common, most rare. Vocabularies are made of syllables: English-looking
 * pseudo-words, or Vietnamese syllables with their diacritics.
 */
final class ZipfWords {

    private final String[] words;
    private final double[] cumulative;

    ZipfWords(List<String> words, double exponent) {
        this.words = words.toArray(String[]::new);
        cumulative = new double[this.words.length];
        double sum = 0;
        for (int r = 0; r < this.words.length; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cumulative[r] = sum;
        }
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= sum;
        }
    }

    String next(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(words.length - 1, at < 0 ? -at - 1 : at)];
    }

    /** {@code size} distinct English-looking words of one to four syllables. */
    static List<String> english(int size, Random random) {
        String[] onsets = {"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch",
            "cl", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "sp", "st", "str", "th", "tr"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou"};
        String[] codas = {"", "", "n", "r", "s", "t", "l", "nd", "ng", "st", "ck", "m", "ct"};
        String[] suffixes = {"", "", "", "s", "ed", "ing", "ion", "er", "ly", "ment", "ness", "ity"};
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                w.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)])
                        .append(codas[random.nextInt(codas.length)]);
            }
            words.add(w.append(suffixes[random.nextInt(suffixes.length)]).toString());
        }
        return new ArrayList<>(words);
    }

    /** {@code size} distinct Vietnamese-looking syllables: an onset, a rhyme and one of six tones. */
    static List<String> vietnamese(int size, Random random) {
        String[] onsets = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "p",
            "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};
        String[] rhymes = {"a", "ai", "an", "ang", "anh", "ao", "au", "ay", "e", "em", "en", "i", "ia", "inh", "o",
            "oi", "on", "ong", "ô", "ôi", "ông", "ơ", "ơi", "u", "ua", "ung", "uy", "ư", "ưa", "ương", "ên", "iêt",
            "ăn", "âm", "uôc"};
        // No tone, grave, hook, tilde, acute, dot below: combining marks on the rhyme's first vowel.
        String[] tones = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
        Set<String> syllables = new LinkedHashSet<>();
        int tries = 0;
        while (syllables.size() < size && tries++ < size * 20) {
            String rhyme = rhymes[random.nextInt(rhymes.length)];
            String toned = rhyme.charAt(0) + tones[random.nextInt(tones.length)] + rhyme.substring(1);
            syllables.add(Normalizer.normalize(onsets[random.nextInt(onsets.length)] + toned, Normalizer.Form.NFC));
        }
        return new ArrayList<>(syllables);
    }
}
