package org.factsite.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The site's ordered rating scale, truest first. */
public record VerdictScale(List<Verdict> verdicts) {

    /**
     * The verdict of a draft whose verdict is not chosen yet (the scaffold's {@code verdict: TODO}): only drafts
     * have it, so only a preview (or a build with drafts) shows it. Not on any scale; its label is the theme's.
     */
    public static final Verdict NOT_YET_RATED = new Verdict("not-yet-rated", LocalizedText.NONE, LocalizedText.NONE,
            OptionalInt.empty(), "#4b5563", "\u270E");

    public VerdictScale {
        verdicts = List.copyOf(verdicts);
    }

    /**
     * FactSite's default: five ordinal ratings and a conclusion-only "unsupported". Labels come from the theme.
     * Each has a shape of its own, so no two differ only by colour: a check, a circle three quarters, half and a
     * quarter full (how much of the claim holds), a cross, a question mark.
     */
    public static VerdictScale defaultScale() {
        return new VerdictScale(List.of(
                standard("true", 5, "#176f2c", "\u2714"),
                standard("mostly-true", 4, "#3d6b0b", "\u25D5"),
                standard("mixed", 3, "#7a5200", "\u25D0"),
                standard("mostly-false", 2, "#a3400a", "\u25D4"),
                standard("false", 1, "#b42318", "\u2716"),
                new Verdict("unsupported", LocalizedText.NONE, LocalizedText.NONE, OptionalInt.empty(),
                        "#4b5563", "?")));
    }

    private static Verdict standard(String key, int rating, String color, String icon) {
        return new Verdict(key, LocalizedText.NONE, LocalizedText.NONE, OptionalInt.of(rating), color, icon);
    }

    public Optional<Verdict> find(String key) {
        return verdicts.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        return verdicts.stream().map(Verdict::key).toList();
    }

    /** Highest ratingValue on the scale (ClaimReview bestRating). */
    public OptionalInt best() {
        return verdicts.stream().map(Verdict::rating).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max();
    }

    /** Lowest ratingValue on the scale (ClaimReview worstRating). */
    public OptionalInt worst() {
        return verdicts.stream().map(Verdict::rating).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).min();
    }
}
