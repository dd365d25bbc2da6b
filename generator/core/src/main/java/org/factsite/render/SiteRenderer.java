package org.factsite.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factsite.config.BaseUrl;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Archive;
import org.factsite.model.Editions;
import org.factsite.model.SiteLayout;
import org.factsite.write.FolderOutput;
import org.factsite.write.SiteOutput;
import org.factsite.render.feed.ClaimReviewFeed;
import org.factsite.render.card.CardPainter;
import org.factsite.render.feed.SitemapWriter;
import org.factsite.render.theme.Theme;
import org.factsite.render.unit.PageKeys;
import org.factsite.render.view.Alternates;

/**
 * Renders the site: each language's edition into its folder ({@link EditionRenderer}; the edition at the root
 * has the 404 page), then what they share at the root: the ClaimReview data feed of every edition's claims, the
 * sitemap of every edition's pages, robots.txt, the verdicts' colours and the theme's assets.
 */
public final class SiteRenderer {

    private final Editions editions;
    private final List<EditionRenderer> renderers = new ArrayList<>();
    private final SitemapWriter sitemap = new SitemapWriter();
    private final Theme theme;
    private final Alternates alternates;
    private boolean pagesKnown;

    /**
     * @param painter draws the share cards in the theme's style
     * @param keys    asked before each unit is made: a unit whose key the output holds is kept ({@link SiteOutput#keep})
     */
    public SiteRenderer(Editions editions, Theme theme, CardPainter painter, Diagnostics diagnostics, PageKeys keys) {
        this.editions = editions;
        this.theme = theme;
        this.alternates = new Alternates(editions);
        editions.all().forEach(edition -> renderers.add(new EditionRenderer(edition, editions, theme, painter,
                diagnostics, keys, sitemap, alternates)));
    }

    /**
     * The pages of the claims read from {@code files}, in every edition, made ahead of the rest (the preview
     * shows them first); the same pages {@link #renderAll} then makes.
     */
    public List<PageAhead> claimPages(Set<Path> files) {
        // A claim page names its translations, which pair by translation key and are known from the start
        // (Alternates); the other pages' addresses are needed by the rest of the site only.
        return renderers.stream().flatMap(renderer -> renderer.claimPages(files).stream()).toList();
    }

    /** Writes every page, feed and asset. Problems in templates are reported to the diagnostics. */
    public void renderAll(SiteOutput output) {
        knowPages();
        for (int i = 0; i < renderers.size(); i++) {
            renderers.get(i).renderAll(folderOf(editions.all().get(i), output));
        }
        BaseUrl root = editions.main().root();
        ClaimReviewFeed feed = new ClaimReviewFeed();
        feed.write(editions.main().site().title(), editions.main().site().sdLicense(), root,
                renderers.stream().flatMap(r -> feed.reviews(r.parts()).stream()).toList(), output);
        sitemap.write(root, output, SitemapWriter.MAX_URLS, alternates::ofRootPath);
        output.writeText(SiteLayout.ROBOTS, "User-agent: *\nAllow: /\n\nSitemap: " + root.absolute(SiteLayout.SITEMAP) + "\n");
        output.writeText(SiteLayout.NO_JEKYLL, "");
        output.writeText(SiteLayout.VERDICT_COLORS, VerdictColors.css(editions.main().site().verdicts()));
        theme.assets().forEach((name, file) -> output.copyFile(SiteLayout.ASSETS + name, file));
    }

    /** Every edition's pages are known before any is rendered: a page names its translations in its head. */
    private void knowPages() {
        if (!pagesKnown) {
            for (int i = 0; i < renderers.size(); i++) {
                alternates.addPages(editions.all().get(i), renderers.get(i).pagePaths());
            }
            pagesKnown = true;
        }
    }

    private static SiteOutput folderOf(Archive edition, SiteOutput output) {
        return edition.folder().isEmpty() ? output : new FolderOutput(output, edition.folder());
    }

    /** How many share cards were drawn; the others showed what they showed before and were kept. */
    public int cardsDrawn() {
        return renderers.stream().mapToInt(EditionRenderer::cardsDrawn).sum();
    }

    /** How many pages were kept as published because their model had not changed. */
    public int pagesKept() {
        return renderers.stream().mapToInt(EditionRenderer::pagesKept).sum();
    }
}
