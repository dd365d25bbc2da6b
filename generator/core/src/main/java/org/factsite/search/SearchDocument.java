package org.factsite.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A claim as the search index sees it: its terms with their scores (made on demand: analysing every claim is
 * the index's main cost, and a warm build may have them already), what the filters group it by, and the card
 * a result shows.
 *
 * @param filterTerms for each taxonomy's search filter (by its name: {@code tag}, {@code region} ...), the claim's
 *                    terms' slugs and names
 */
public record SearchDocument(String slug, LocalDate checked, String language, Supplier<Terms> terms,
        Map<String, Map<String, String>> filterTerms, String verdictKey, Card card) {

    public SearchDocument {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        filterTerms.forEach((filter, named) -> copy.put(filter, Collections.unmodifiableMap(new LinkedHashMap<>(named))));
        filterTerms = Collections.unmodifiableMap(copy);
    }

    /** The parts of a claim that are searched, by how much a match there counts. */
    public enum Field {
        TITLE(8), CLAIM(6), CLAIMANT(4), TAGS(4), RELATED(3), SUMMARY(2), BODY(1);

        final int weight;

        Field(int weight) {
            this.weight = weight;
        }

        /**
         * Whether the field's adjacent words are also kept as pairs (and Vietnamese syllables exactly): never the
         * article's (they would be most of the index, for little ranking); in Vietnamese, where pairs stand in
         * for words, every other field's; in English the title's and claim's, enough for a title typed whole.
         */
        boolean paired(String language) {
            return TextAnalysis.isVietnamese(language) ? this != BODY : this == TITLE || this == CLAIM;
        }
    }

    /**
     * A claim's terms and their scores (the weights of the fields a term occurs in, per occurrence, at most
     * 255), packed: a preview keeps every claim's between builds.
     */
    public record Terms(String[] terms, byte[] scores) {

        /** Analyses {@code texts} (field to plain text) as {@code language}. */
        public static Terms of(Map<Field, String> texts, String language, TextAnalysis analysis) {
            Map<String, int[]> scores = new HashMap<>(); // a mutable score each: no boxing per occurrence
            for (Field field : Field.values()) {
                String text = texts.get(field);
                if (text != null) {
                    for (String term : analysis.terms(text, language, field.paired(language))) {
                        int[] score = scores.computeIfAbsent(term, t -> new int[1]);
                        score[0] = Math.min(255, score[0] + field.weight);
                    }
                }
            }
            String[] terms = new String[scores.size()];
            byte[] packed = new byte[scores.size()];
            int i = 0;
            for (Map.Entry<String, int[]> e : scores.entrySet()) {
                terms[i] = e.getKey();
                packed[i++] = (byte) e.getValue()[0];
            }
            return new Terms(terms, packed);
        }

        int score(int i) {
            return scores[i] & 0xff;
        }
    }

    /** What a result shows: the claim's address, title, claim, verdict (key and label), date, language. */
    public record Card(String url, String title, String claim, String verdict, String verdictLabel, String date,
            String dateIso, String language) {
    }
}
