package org.factsite.model;

import java.util.List;
import java.util.Optional;

/**
 * The image, video or recording a check is about (its front matter's {@code media:}), for a schema.org
 * MediaReview beside the ClaimReview: what the media is, where it circulated, and how it was manipulated.
 *
 * @param url      where the media circulated (the post, the video's page or file)
 * @param original where the unaltered original is, when the desk found it
 */
public record ReviewedMedia(Kind kind, String url, Rating rating, Optional<String> original) {

    /** What the media is, as front matter names it, and schema.org's type for it. */
    public enum Kind {
        IMAGE("image", "ImageObject"), VIDEO("video", "VideoObject"), AUDIO("audio", "AudioObject");

        private final String key;
        private final String schemaType;

        Kind(String key, String schemaType) {
            this.key = key;
            this.schemaType = schemaType;
        }

        public String key() {
            return key;
        }

        public String schemaType() {
            return schemaType;
        }

        public static Optional<Kind> of(String key) {
            return List.of(values()).stream().filter(k -> k.key.equals(key)).findFirst();
        }

        public static List<String> keys() {
            return List.of(values()).stream().map(Kind::key).toList();
        }
    }

    /** schema.org's MediaManipulationRatingEnumeration, by the names front matter uses. */
    public enum Rating {
        ORIGINAL("original", "OriginalMediaContent"),
        MISSING_CONTEXT("missing-context", "DecontextualizedContent"),
        EDITED("edited", "EditedOrCroppedContent"),
        TRANSFORMED("transformed", "TransformedContent"),
        STAGED("staged", "StagedContent"),
        SATIRE("satire", "SatireOrParodyContent");

        private final String key;
        private final String schemaName;

        Rating(String key, String schemaName) {
            this.key = key;
            this.schemaName = schemaName;
        }

        public String key() {
            return key;
        }

        /** The enumeration member's address, as MediaReview's mediaAuthenticityCategory takes it. */
        public String schemaUrl() {
            return "https://schema.org/" + schemaName;
        }

        public static Optional<Rating> of(String key) {
            return List.of(values()).stream().filter(r -> r.key.equals(key)).findFirst();
        }

        public static List<String> keys() {
            return List.of(values()).stream().map(Rating::key).toList();
        }
    }
}
