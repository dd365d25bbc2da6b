package org.factsite.render.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;
import org.factsite.model.Claim;
import org.factsite.model.Source;

/**
 * schema.org ClaimReview for one claim page, built from the same values the page shows: the verdict label
 * the reader sees is the rating's alternateName, the claim is claimReviewed, the dates are the page's, the
 * sources are its citations (with their archived copies).
 */
public final class ClaimReviewData {

    private ClaimReviewData() {
    }

    public static Map<String, Object> of(SiteConfig site, Claim claim, String verdictLabel, String pageUrl) {
        return of(site, Map.of(), claim, verdictLabel, pageUrl);
    }

    /**
     * @param policies the author's policy pages as schema.org names them (publishingPrinciples, correctionsPolicy,
     *                 ownershipFundingInfo, actionableFeedbackPolicy) to their addresses, in that order
     */
    public static Map<String, Object> of(SiteConfig site, Map<String, String> policies, Claim claim, String verdictLabel,
            String pageUrl) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", pageUrl);
        review.put("name", claim.title());
        review.put("claimReviewed", claim.claim());
        review.put("inLanguage", claim.language());
        review.put("datePublished", claim.checked().toString());
        review.put("dateModified", claim.lastModified().toString());
        review.put("author", organisation(site, policies));
        review.put("reviewRating", rating(site, claim.verdict(), verdictLabel));
        review.put("itemReviewed", reviewedClaim(claim));
        if (!claim.sources().isEmpty()) {
            review.put("citation", claim.sources().stream().map(ClaimReviewData::citation).toList());
        }
        return review;
    }

    /** A source as the page lists it, with its archived copy ({@code archivedAt}) where the author gave one. */
    private static Map<String, Object> citation(Source source) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("name", source.title());
        source.url().ifPresent(url -> work.put("url", url));
        source.publisher().ifPresent(publisher -> {
            Map<String, Object> organisation = new LinkedHashMap<>(); // in this order on every run (Map.of has none)
            organisation.put("@type", "Organization");
            organisation.put("name", publisher);
            work.put("publisher", organisation);
        });
        source.date().ifPresent(date -> work.put("datePublished", date.toString()));
        source.archived().ifPresent(archived -> work.put("archivedAt", archived));
        return work;
    }

    private static Map<String, Object> organisation(SiteConfig site, Map<String, String> policies) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", site.publisher().name());
        org.put("url", site.publisher().url().orElse(site.baseUrl().absolute("")));
        site.publisher().logo().ifPresent(logo -> org.put("logo", logo));
        org.putAll(policies);
        return org;
    }

    /** A number on the scale with best and worst, or only the label for a conclusion-only verdict. */
    private static Map<String, Object> rating(SiteConfig site, Verdict verdict, String label) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        if (verdict.rating().isPresent()) {
            rating.put("ratingValue", verdict.rating().getAsInt());
            rating.put("bestRating", site.verdicts().best().orElseThrow());
            rating.put("worstRating", site.verdicts().worst().orElseThrow());
        }
        rating.put("alternateName", label);
        return rating;
    }

    /** Who made the claim (or the media), as schema.org names a person or page: its name and its address. */
    static java.util.Optional<Map<String, Object>> claimant(Claim claim) {
        return claim.claimantName().map(name -> {
            Map<String, Object> claimant = new LinkedHashMap<>();
            claimant.put("name", name);
            claim.claimantUrl().ifPresent(url -> claimant.put("sameAs", url));
            return claimant;
        });
    }

    private static Map<String, Object> reviewedClaim(Claim claim) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        claimant(claim).ifPresent(author -> item.put("author", author));
        if (!claim.appearances().isEmpty()) {
            List<Map<String, Object>> appearances = claim.appearances().stream().map(url -> {
                Map<String, Object> work = new LinkedHashMap<>();
                work.put("@type", "CreativeWork");
                work.put("url", url);
                return work;
            }).toList();
            item.put("appearance", appearances);
        }
        return item;
    }
}
