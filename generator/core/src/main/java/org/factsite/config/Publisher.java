package org.factsite.config;

import java.util.Optional;

/** The fact-checking organisation: the ClaimReview author, shown in the footer. */
public record Publisher(String name, Optional<String> url, Optional<String> logo) {
}
