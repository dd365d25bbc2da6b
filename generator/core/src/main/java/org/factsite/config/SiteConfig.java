package org.factsite.config;

import java.util.Optional;

/** {@code site.yaml}, validated. */
public record SiteConfig(String title, BaseUrl baseUrl, String language, Optional<String> description,
        Publisher publisher, VerdictScale verdicts, Optional<String> theme) {
}
