package org.factsite.validate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Claim;

/**
 * The claims an earlier build made, by file. A claim equal to the one its file gave last time is that claim: the
 * same object, so what later steps compare it with (the preview's memory of its views, search terms and feed
 * entries) is settled by identity, not by walking both claims' texts and sources again in each of them.
 */
record KeptClaims(Map<Path, Claim> byFile) {

    static final KeptClaims NONE = new KeptClaims(Map.of());

    static KeptClaims of(List<Claim> claims) {
        Map<Path, Claim> byFile = new HashMap<>(claims.size() * 2);
        claims.forEach(claim -> byFile.put(claim.file(), claim));
        return new KeptClaims(byFile);
    }

    /** {@code made}, or the equal claim its file gave before. */
    Claim sameAs(Claim made) {
        Claim before = byFile.get(made.file());
        return made.equals(before) ? before : made;
    }
}
