package org.factsite.validate;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Editions;

/**
 * A character the share cards' fonts cannot draw is left out of the card, never drawn as a box: a warning names
 * the claim (or site.yaml) and the characters, so the desk can choose a theme font that has them. Checked once
 * the theme is known, only when the site has cards.
 */
public final class ShareCardChecks {

    private ShareCardChecks() {
    }

    /** @param undrawable the characters of a text that no card font draws (see the renderer's card painter) */
    public static void check(Editions editions, Path siteFile, UnaryOperator<String> undrawable,
            Diagnostics diagnostics) {
        for (Archive edition : editions.all()) {
            if (!edition.site().shareCards()) {
                continue;
            }
            warn(siteFile, edition.site().title() + " " + edition.site().description().orElse("") + " "
                    + edition.site().publisher().name(), undrawable, diagnostics);
            for (Claim claim : edition.claims()) {
                warn(claim.file(), claim.claim() + " " + claim.claimantName().orElse(""), undrawable, diagnostics);
            }
        }
    }

    private static void warn(Path file, String text, UnaryOperator<String> undrawable, Diagnostics diagnostics) {
        String missing = undrawable.apply(text);
        if (!missing.isEmpty()) {
            diagnostics.warning(file, 0, "the share card's fonts cannot draw " + missing.codePoints()
                    .mapToObj(cp -> "`" + Character.toString(cp) + "`").collect(java.util.stream.Collectors.joining(", "))
                    + ", so the card leaves them out; give the theme a font that has them (card/card.properties)");
        }
    }
}
