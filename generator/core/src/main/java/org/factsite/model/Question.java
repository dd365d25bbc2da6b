package org.factsite.model;

import java.util.List;
import java.util.Optional;

/**
 * A follow-up question of the archive: the claims that raise it, and the claim that answers it, if any.
 *
 * @param text       the wording of the newest claim that raises it
 * @param normalized the text compared: case, punctuation and spacing removed
 */
public record Question(String text, String normalized, Optional<Claim> answer, List<Claim> raisedBy) {

    public Question {
        raisedBy = List.copyOf(raisedBy);
    }

    public boolean isOpen() {
        return answer.isEmpty();
    }
}
