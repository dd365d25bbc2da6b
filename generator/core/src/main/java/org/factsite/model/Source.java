package org.factsite.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A numbered (or named) source of a claim.
 *
 * @param anchor    the id of its entry in the sources list
 * @param citations how many places the text cites it (each with a back-link)
 */
public record Source(String id, String anchor, String title, Optional<String> url, Optional<String> publisher,
        Optional<LocalDate> date, Optional<String> archived, int citations) {

    /** The number the author gave it, when its id is a number (shown as the list item's value). */
    public Optional<Integer> number() {
        return id.chars().allMatch(Character::isDigit) && id.length() < 10
                ? Optional.of(Integer.parseInt(id)) : Optional.empty();
    }
}
