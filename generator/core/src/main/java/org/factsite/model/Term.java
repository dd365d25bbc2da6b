package org.factsite.model;

import java.util.List;

/**
 * One term of a taxonomy (a tag, a claimant, an author) with its claims, newest first. Spellings that differ
 * only in case or accents, and the aliases site.yaml names, are one term; {@code name} is the alias's one name
 * or else the spelling most claims use.
 *
 * @param sitePath where its page lives, e.g. {@code claimants/nguyen-duc-anh/}
 */
public record Term(String name, String slug, String sitePath, List<Claim> claims) {

    public Term {
        claims = List.copyOf(claims);
    }
}
