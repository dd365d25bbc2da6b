package org.factsite.model;

import java.util.Optional;

/** A follow-up question readers may ask, answered by another claim of the archive when one's title matches. */
public record RelatedQuestion(String question, Optional<String> answeredBy) {
}
