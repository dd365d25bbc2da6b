package org.factsite.validate;

import java.nio.file.Path;
import java.util.List;

import org.factsite.config.VerdictScale;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.parse.Unfinished;

/**
 * Nothing unfinished is published: a claim or page that is not a draft may hold no placeholder the scaffold or
 * the archetype wrote, and no example address. One error per value, at its line; a draft keeps them freely.
 */
final class UnfinishedChecks {

    private static final String OR_DRAFT = ", or keep `draft: true` until it is finished";

    private UnfinishedChecks() {
    }

    static void check(Path file, boolean draft, List<Unfinished.Spot> spots, VerdictScale scale,
            Diagnostics diagnostics) {
        if (draft) {
            return;
        }
        for (Unfinished.Spot spot : spots) {
            String message;
            if (spot.field().equals("verdict") && !spot.example()) {
                message = "no verdict is chosen yet (`verdict: " + spot.text() + "`); choose one of: "
                        + String.join(", ", scale.keys());
            } else if (spot.example()) {
                message = spot.describe() + "; give the real address";
            } else {
                message = spot.describe() + "; write " + (spot.field().isEmpty() ? "the article" : "it");
            }
            diagnostics.error(file, spot.line(), message + OR_DRAFT);
        }
    }
}
