package org.factsite.render.unit;

import java.util.Optional;
import java.util.function.Supplier;

import org.factsite.model.Claim;

/**
 * What the renderer asks before making a page (and what it may reuse of a claim's): each page has a key, a digest of exactly the data its model is
 * made from, and a page whose key the output already holds need not be rendered again. Who answers (nobody,
 * a record on disk, a preview's memory) is not the renderer's business.
 */
public interface PageKeys {

    /** Renders every page: the answer of a clean build. */
    PageKeys NONE = new PageKeys() {
        @Override
        public boolean unchanged(String sitePath, String key) {
            return false;
        }

        @Override
        public String claimView(Claim claim, Object context, Supplier<String> key) {
            return key.get();
        }

        @Override
        public <T> T ofClaim(String what, Claim claim, Supplier<T> make) {
            return make.get();
        }

        @Override
        public void made(String sitePath, String key) {
        }
    };

    /** Whether the output holds the page at {@code sitePath} as made from a model with this key. */
    boolean unchanged(String sitePath, String key);

    /**
     * The key of {@code claim}'s list view, which {@code key} computes; may be answered without computing it
     * for an equal claim in an equal {@code context} (a value: what the view takes from the rest of the archive).
     */
    String claimView(Claim claim, Object context, Supplier<String> key);

    /**
     * Something made of {@code claim} alone under this build's theme and settings (its search terms):
     * {@code make}'s value, or the one made for an equal claim by an earlier build.
     */
    <T> T ofClaim(String what, Claim claim, Supplier<T> make);

    /** The page at {@code sitePath} is in this build's output, made from (or kept under) {@code key}. */
    void made(String sitePath, String key);

    /**
     * What an earlier build made of the whole edition under {@code what} and left for this one ({@link #leave}),
     * handed over once: this build may change it. Empty when nothing was left, or the theme, settings or content
     * outside claims changed since.
     */
    default <T> Optional<T> takeOver(String what, Class<T> type) {
        return Optional.empty();
    }

    /** Whether what this build {@link #leave}s is kept for the next (a preview's memory keeps it). */
    default boolean keepsLeftWork() {
        return false;
    }

    /** Leaves what this build made of the whole edition under {@code what} for the next build to carry on from. */
    default void leave(String what, Object work) {
    }
}
