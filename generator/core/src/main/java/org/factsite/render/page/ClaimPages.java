package org.factsite.render.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.model.Claim;
import org.factsite.model.SiteLayout;
import org.factsite.render.view.ClaimView;
import org.factsite.render.feed.ClaimReviewData;
import org.factsite.render.feed.MediaReviewData;
import org.factsite.render.feed.JsonLd;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/**
 * A page per claim. Its key is the claim's list view's key, its body's digest and its translations, which
 * together determine everything on the page: the page frame and the ClaimReview data are made from the same
 * fields.
 */
public final class ClaimPages implements UnitKind {

    private final JsonLd jsonLd = new JsonLd();

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        return parts.archive().claims().stream().map(claim -> new PageUnit(claim.sitePath(), "claim.ftlh", () -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("claim", parts.claimViewKey().apply(claim));
            key.put("body", claim.bodyHtml().digest());
            key.put("alternates", views.alternatesOf(claim)); // its translations: in the page's head and switcher
            return key;
        }, key -> model(parts, claim), claim.lastModified())).toList();
    }

    private Map<String, Object> model(RenderParts parts, Claim claim) {
        Views views = parts.views();
        ClaimView view = views.claimWithBody(claim);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", views.claimPage(claim, view));
        model.put("claim", view);
        model.put("oembed", parts.base().absolute(SiteLayout.oembedOf(claim.sitePath())));
        model.put("claimReviewJson", jsonLd.write(MediaReviewData.withClaimReview(claim, ClaimReviewData.of(
                parts.site(), views.policyUrls(), claim, view.verdict().label(), parts.base().absolute(claim.sitePath())))));
        return model;
    }
}
