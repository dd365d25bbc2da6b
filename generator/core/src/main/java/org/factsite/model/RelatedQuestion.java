package org.factsite.model;

import java.util.Optional;

/**
 * A follow-up question readers may ask, answered by another claim of the archive when one's title matches.
 *
 * @param normalized the text as compared ({@link org.factsite.text.Questions#normalize}), computed once
 */
public record RelatedQuestion(String question, String normalized, Optional<String> answeredBy) {
}
