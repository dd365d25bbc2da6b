package org.factsite.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.factsite.model.Claim;
import org.factsite.model.SiteLayout;
import org.factsite.render.unit.FeedUnit;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.Unit;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.ClaimView;
import org.factsite.render.view.Views;

/**
 * What other sites embed: per claim, a small card page ({@code claims/<slug>/embed/}: the verdict, the claim, who
 * made it, the desk and a link to the check; no script; its canonical address the claim's page, and no search
 * engine indexes it) and its oEmbed answer ({@code claims/<slug>/oembed.json}, named in the claim page's head),
 * which gives a site the iframe to show. Keyed by the claim's list view: its words are the view's.
 */
public final class EmbedPages implements UnitKind {

    /** The iframe's size: room for the verdict, a claim of a few lines and the link. */
    static final int WIDTH = 550;
    static final int HEIGHT = 320;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public List<Unit> units(RenderParts parts) {
        Views views = parts.views();
        List<Unit> units = new ArrayList<>();
        for (Claim claim : parts.archive().claims()) {
            String embed = SiteLayout.embedOf(claim.sitePath());
            units.add(new PageUnit(embed, "embed.ftlh", () -> key(parts, claim), key -> {
                ClaimView view = views.claim(claim);
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("page", views.noindex(views.claimPage(claim, view)));
                model.put("claim", view);
                model.put("canonical", parts.base().absolute(claim.sitePath()));
                model.put("desk", parts.site().publisher().name());
                return model;
            }, null));
            units.add(new FeedUnit(SiteLayout.oembedOf(claim.sitePath()), () -> key(parts, claim),
                    key -> oembed(parts, claim, views.claim(claim))));
        }
        return units;
    }

    private static Map<String, Object> key(RenderParts parts, Claim claim) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("claim", parts.claimViewKey().apply(claim));
        key.put("desk", List.of(parts.site().publisher().name(), parts.site().publisher().url().orElse("")));
        return key;
    }

    /** The oEmbed 1.0 answer: a "rich" embed whose HTML is an iframe of the card page. */
    private String oembed(RenderParts parts, Claim claim, ClaimView view) {
        String embedUrl = parts.base().absolute(SiteLayout.embedOf(claim.sitePath()).replace("index.html", ""));
        String title = view.verdict().label() + ": " + claim.title();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", "1.0");
        answer.put("type", "rich");
        answer.put("title", title);
        answer.put("provider_name", parts.site().publisher().name());
        answer.put("provider_url", parts.site().publisher().url().orElse(parts.base().absolute("")));
        answer.put("width", WIDTH);
        answer.put("height", HEIGHT);
        answer.put("html", "<iframe src=\"" + escape(embedUrl) + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
                + "\" title=\"" + escape(title) + "\" style=\"border:0\" loading=\"lazy\"></iframe>");
        try {
            return json.writeValueAsString(answer) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
