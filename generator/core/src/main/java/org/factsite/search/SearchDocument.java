package org.factsite.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A claim as the search index sees it: its texts by field (weighted: title and claim first), what the
 * filters group it by, and the card a result shows.
 *
 * @param texts  field to plain text; fields without text are left out
 * @param tags   the tags' slugs and names, for the tag filter
 */
public record SearchDocument(String slug, LocalDate checked, String language, Map<Field, String> texts,
        Map<String, String> tags, String verdictKey, Card card) {

    public SearchDocument {
        texts = Map.copyOf(texts);
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }

    /** The parts of a claim that are searched, by how much a match there counts. */
    public enum Field {
        TITLE(8), CLAIM(6), CLAIMANT(4), TAGS(4), RELATED(3), SUMMARY(2), BODY(1);

        final int weight;

        Field(int weight) {
            this.weight = weight;
        }
    }

    /** What a result shows: the claim's address, title, claim, verdict (key and label), date, language. */
    public record Card(String url, String title, String claim, String verdict, String verdictLabel, String date,
            String dateIso, String language) {
    }

    List<Field> fields() {
        return texts.keySet().stream().sorted().toList();
    }
}
