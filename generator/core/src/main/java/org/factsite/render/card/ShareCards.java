package org.factsite.render.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factsite.config.SiteConfig;
import org.factsite.model.Claim;
import org.factsite.model.SiteLayout;
import org.factsite.render.unit.ImageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.VerdictView;
import org.factsite.render.view.Views;

/**
 * A share card per claim (what a share on Facebook, Zalo, X shows: the verdict with the claim, never the viral
 * image alone) and the site's card for its other pages. Each is keyed by its words: a card is drawn again only
 * when what it shows changes. None when site.yaml says {@code shareCards: false}.
 */
public final class ShareCards implements UnitKind {

    private final CardPainter painter;

    public ShareCards(CardPainter painter) {
        this.painter = painter;
    }

    @Override
    public List<ImageUnit> units(RenderParts parts) {
        SiteConfig site = parts.site();
        if (!site.shareCards()) {
            return List.of();
        }
        Views views = parts.views();
        List<ImageUnit> units = new ArrayList<>();
        units.add(unit(SiteLayout.SITE_CARD, () -> siteCard(site, painter)));
        for (Claim claim : parts.archive().claims()) {
            units.add(unit(SiteLayout.shareCard(claim.slug()), () -> claimCard(views, site, claim, painter)));
        }
        return units;
    }

    private ImageUnit unit(String sitePath, java.util.function.Supplier<Card> card) {
        return new ImageUnit(sitePath, () -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("card", card.get());
            return key;
        }, key -> painter.paint((Card) key.get("card")), ImageUnit.Made.SHARE_CARD);
    }

    /** A claim's card, in the claim's language. */
    public static Card claimCard(Views views, SiteConfig site, Claim claim, CardPainter painter) {
        String lang = claim.language();
        Map<String, String> t = views.messages(lang);
        VerdictView verdict = views.verdict(claim.verdict(), lang);
        return new Card(verdict.label(), verdict.icon(), verdict.color(), t.get("card.claim").replace("{0}", claim.claim()),
                claim.claimantName().map(name -> t.get("claim.claimant") + " " + name).orElse(null),
                site.publisher().name(), t.get("claim.checked") + " " + views.formatDate(claim.checked(), lang),
                painter.logoKey());
    }

    /** The site's card, for its home, list and plain pages. */
    static Card siteCard(SiteConfig site, CardPainter painter) {
        return new Card(site.title(), "", null, site.description().orElse(site.title()), null, site.publisher().name(),
                null, painter.logoKey());
    }
}
