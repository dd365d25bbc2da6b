package org.factsite.validate;

import java.util.Optional;

/**
 * What the checks of an earlier build left for this one to carry on from (the questions' order, the index of
 * near titles): nothing for a clean build. Each piece is compared with this build's claims before it is used,
 * so the checks give what a clean build gives whatever is handed over; it only saves work. Who keeps it (nobody,
 * a preview's memory) is not the checks' business.
 */
public interface CheckWork {

    /** Carries nothing over: the checks of a clean build, the reference. */
    CheckWork NONE = new CheckWork() {
        @Override
        public <T> Optional<T> takeOver(String what, Class<T> type) {
            return Optional.empty();
        }

        @Override
        public void leave(String what, Object work) {
        }
    };

    /** What an earlier build left under {@code what}, handed over once; empty when nothing was left. */
    <T> Optional<T> takeOver(String what, Class<T> type);

    /** Leaves what this build made under {@code what} for the next one. */
    void leave(String what, Object work);
}
