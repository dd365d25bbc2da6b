package org.factsite.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plain pages that hold the policies fact-checkers publish (IFCN, EFCSN), by kind: {@code about},
 * {@code methodology}, {@code corrections}, {@code funding}, {@code feedback} (how to complain or escalate). The
 * footer links those that exist and the ClaimReview author names them.
 *
 * @param slugs kind to page slug, in the footer's order
 */
public record Policies(Map<String, String> slugs) {

    public static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("about", "about");
        defaults.put("methodology", "methodology");
        defaults.put("corrections", "corrections-policy");
        defaults.put("funding", "funding");
        defaults.put("feedback", "contact");
        DEFAULTS = java.util.Collections.unmodifiableMap(defaults);
    }

    public Policies {
        slugs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slugs));
    }

    public static Policies defaults() {
        return new Policies(DEFAULTS);
    }
}
