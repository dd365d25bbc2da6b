package org.factsite.model;

import java.util.Optional;

/**
 * A follow-up question readers may ask, answered by another claim of the site when one's title matches: one in
 * the same language if there is one, else one of another language.
 *
 * @param normalized the text as compared ({@link org.factsite.text.Questions#normalize}), computed once
 * @param folded     {@code normalized} without accents, for sorting the questions index
 */
public record RelatedQuestion(String question, String normalized, String folded, Optional<ClaimRef> answeredBy) {
}
