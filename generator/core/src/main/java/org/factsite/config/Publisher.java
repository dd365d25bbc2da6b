package org.factsite.config;

import java.util.Optional;

/**
 * The fact-checking organisation: the ClaimReview author, shown in the footer and on share cards.
 *
 * @param logo     its logo's address, for structured data
 * @param logoFile when the logo is a file of the archive's {@code static/} folder, its path there (the site
 *                 publishes it at that path; share cards draw it)
 */
public record Publisher(String name, Optional<String> url, Optional<String> logo, Optional<String> logoFile) {
}
