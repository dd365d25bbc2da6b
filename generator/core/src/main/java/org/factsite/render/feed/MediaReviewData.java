package org.factsite.render.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Claim;
import org.factsite.model.ReviewedMedia;

/**
 * schema.org MediaReview for a check of an image, video or recording, beside its ClaimReview: the same page, author
 * and dates, the media where it circulated ({@code mediaItemAppearance}) and how it was manipulated
 * ({@code mediaAuthenticityCategory}, a member of MediaManipulationRatingEnumeration).
 */
public final class MediaReviewData {

    private MediaReviewData() {
    }

    /** @param claimReview the claim's ClaimReview, whose page, author and dates the MediaReview shares */
    public static Map<String, Object> of(Claim claim, ReviewedMedia media, Map<String, Object> claimReview) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "MediaReview");
        review.put("url", claimReview.get("url"));
        review.put("name", claim.title());
        review.put("inLanguage", claim.language());
        review.put("datePublished", claimReview.get("datePublished"));
        review.put("dateModified", claimReview.get("dateModified"));
        review.put("author", claimReview.get("author"));
        review.put("mediaAuthenticityCategory", media.rating().schemaUrl());
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", media.kind().schemaType());
        appearance.put("contentUrl", media.url());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "MediaReviewItem");
        ClaimReviewData.claimant(claim).ifPresent(creator -> item.put("creator", creator));
        item.put("mediaItemAppearance", List.of(appearance));
        review.put("itemReviewed", item);
        media.original().ifPresent(original -> review.put("originalMediaLink", original));
        return review;
    }

    /** The page's structured data: its ClaimReview, and its MediaReview when the check is of media. */
    public static Object withClaimReview(Claim claim, Map<String, Object> claimReview) {
        return claim.media().<Object>map(media -> List.of(claimReview, of(claim, media, claimReview)))
                .orElse(claimReview);
    }
}
