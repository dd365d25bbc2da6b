package org.factsite.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A numbered (or named) source of a claim.
 *
 * @param anchor    the id of its entry in the sources list
 * @param citations anchor ids of every place the text cites it, in reading order (for back-links)
 */
public record Source(String id, String anchor, String title, Optional<String> url, Optional<String> publisher,
        Optional<LocalDate> date, Optional<String> archived, List<String> citations) {

    public Source {
        citations = List.copyOf(citations);
    }

    /** The number the author gave it, when its id is a number (shown as the list item's value). */
    public Optional<Integer> number() {
        return id.chars().allMatch(Character::isDigit) && id.length() < 10
                ? Optional.of(Integer.parseInt(id)) : Optional.empty();
    }
}
