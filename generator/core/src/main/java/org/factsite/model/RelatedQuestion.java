package org.factsite.model;

import java.util.Optional;

/**
 * A follow-up question readers may ask, answered by another claim of the archive when one's title matches.
 *
 * @param normalized the text as compared ({@link org.factsite.text.Questions#normalize}), computed once
 * @param folded     {@code normalized} without accents, for sorting the questions index
 */
public record RelatedQuestion(String question, String normalized, String folded, Optional<String> answeredBy) {
}
