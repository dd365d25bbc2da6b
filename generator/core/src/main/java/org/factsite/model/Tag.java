package org.factsite.model;

import java.util.List;

/**
 * A topic and its claims, newest first. Tags that differ only in case are one tag; {@code name} is the
 * spelling most claims use.
 */
public record Tag(String name, String slug, List<Claim> claims) {

    public Tag {
        claims = List.copyOf(claims);
    }

    public String sitePath() {
        return "tags/" + slug + "/";
    }
}
