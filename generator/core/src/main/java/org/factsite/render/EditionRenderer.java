package org.factsite.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.image.ImageCodecs;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Editions;
import org.factsite.model.Resource;
import org.factsite.write.SiteOutput;
import org.factsite.render.card.CardPainter;
import org.factsite.render.card.ShareCards;
import org.factsite.render.image.SmallerCopies;
import org.factsite.render.feed.Feeds;
import org.factsite.render.feed.SearchFiles;
import org.factsite.render.feed.SitemapWriter;
import org.factsite.render.page.ClaimPages;
import org.factsite.render.page.EmbedPages;
import org.factsite.render.page.CorrectionPages;
import org.factsite.render.page.HomePages;
import org.factsite.render.page.NotFoundPage;
import org.factsite.render.page.OrganizationPages;
import org.factsite.render.page.PlainPages;
import org.factsite.render.page.QuestionPages;
import org.factsite.render.page.SearchPages;
import org.factsite.render.page.StatsPages;
import org.factsite.render.page.TaxonomyPages;
import org.factsite.render.page.VerdictPages;
import org.factsite.render.theme.TemplateEngine;
import org.factsite.render.theme.Theme;
import org.factsite.render.unit.FeedUnit;
import org.factsite.render.unit.ImageUnit;
import org.factsite.render.unit.PageKeys;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.Unit;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Alternates;
import org.factsite.render.view.Views;

/**
 * Renders one language's edition of the site through the theme into a {@link SiteOutput} (its folder of the
 * site's output). Reading {@link #kinds} tells what an edition consists of: each kind a list of {@link Unit}s
 * (pages and feeds), every one written the same way ({@link #write}); then the claims' own files and the
 * search index. What the editions share (assets, sitemap, data feed) is {@link SiteRenderer}'s.
 */
final class EditionRenderer {

    private final Archive archive;
    private final TemplateEngine templates;
    private final Views views;
    private final SitemapWriter sitemap;
    /** The edition's folder below the site's root ({@code vi/}, or empty), for page keys and the sitemap. */
    private final String folder;
    private final ModelDigest digests = new ModelDigest();
    private final PageKeys keys;
    private final SearchFiles search = new SearchFiles();
    private final AtomicInteger pagesKept = new AtomicInteger();
    private final AtomicInteger cardsDrawn = new AtomicInteger();
    /** Key of each claim's list view, by slug: a claim is in several lists, its view is keyed once a build. */
    private final Map<String, String> claimViewKeys = new ConcurrentHashMap<>();
    private final RenderParts parts;
    private final List<UnitKind> kinds;

    /**
     * @param keys    asked before each unit is made: a unit whose key the output holds is kept ({@link SiteOutput#keep})
     * @param sitemap where the edition's pages are listed, with every other edition's
     */
    EditionRenderer(Archive archive, Editions editions, Theme theme, CardPainter painter, Diagnostics diagnostics,
            PageKeys keys, SitemapWriter sitemap, Alternates alternates) {
        this.sitemap = sitemap;
        this.folder = archive.folder();
        this.keys = keys;
        this.archive = archive;
        this.templates = new TemplateEngine(theme, diagnostics);
        this.kinds = kinds(painter, new ImageCodecs());
        this.views = new Views(archive, theme, alternates, editions,
                kinds.stream().flatMap(kind -> kind.navigation(archive).stream()).toList());
        this.parts = new RenderParts(archive, views, this::claimViewKey, keys);
    }

    /** Every kind of unit the edition has, in the order they are rendered. */
    private List<UnitKind> kinds(CardPainter painter, ImageCodecs images) {
        List<UnitKind> kinds = new ArrayList<>();
        kinds.add(new ClaimPages());
        kinds.add(new EmbedPages());
        kinds.add(new HomePages());
        archive.taxonomies().forEach(taxonomy -> kinds.add(new TaxonomyPages(taxonomy)));
        kinds.add(new VerdictPages());
        kinds.add(new QuestionPages());
        kinds.add(new CorrectionPages());
        kinds.add(new PlainPages());
        kinds.add(new SearchPages());
        kinds.add(new StatsPages());
        kinds.add(new OrganizationPages());
        kinds.add(new NotFoundPage());
        kinds.add(new Feeds());
        kinds.add(new ShareCards(painter));
        kinds.add(new SmallerCopies(images));
        return kinds;
    }

    /** The edition's units, by kind; made once (a unit's model is made only when it is written). */
    private List<List<? extends Unit>> units;

    private List<List<? extends Unit>> units() {
        if (units == null) {
            units = kinds.stream().<List<? extends Unit>>map(kind -> kind.units(parts)).toList();
        }
        return units;
    }

    /** The addresses of the edition's pages, below its folder. */
    List<String> pagePaths() {
        return units().stream().flatMap(List::stream).filter(unit -> unit instanceof PageUnit page && page.addressed())
                .map(Unit::sitePath).toList();
    }

    /** What every kind of unit works with, for the data feed's entries. */
    RenderParts parts() {
        return parts;
    }

    /** Writes every page and feed of the edition. Problems in templates are reported to the diagnostics. */
    void renderAll(SiteOutput output) {
        // Units are independent of each other: they render on every core.
        for (List<? extends Unit> kind : units()) {
            kind.parallelStream().forEach(unit -> write(output, unit));
        }
        copyClaimFolders(output);
        search.write(parts, output);
    }

    private String claimViewKey(Claim claim) {
        return claimViewKeys.computeIfAbsent(claim.slug(), slug -> keys.claimView(claim, views.context(claim),
                () -> digests.ofValue(views.claim(claim))));
    }

    /** Files of a claim's folder (images ...) go beside its page. */
    private void copyClaimFolders(SiteOutput output) {
        archive.claims().parallelStream().forEach(claim -> {
            Path folder = claim.file().getParent();
            for (Resource resource : claim.resources()) {
                output.copyFile(claim.sitePath() + resource.name(), folder.resolve(resource.path()));
            }
        });
    }

    /** How many pages and feeds were kept as published because their key had not changed. */
    int cardsDrawn() {
        return cardsDrawn.get();
    }

    int pagesKept() {
        return pagesKept.get();
    }

    /**
     * The pages of this edition's claims read from {@code files}, made ahead of the rest. A page whose template
     * fails is left out: the full render reports it.
     */
    List<PageAhead> claimPages(Set<Path> files) {
        Map<String, Claim> claims = new HashMap<>();
        archive.claims().stream().filter(claim -> files.contains(claim.file()))
                .forEach(claim -> claims.put(claim.sitePath(), claim));
        List<PageAhead> pages = new ArrayList<>();
        // Only the claims' pages are made: not the other units of the edition, which the full render makes.
        UnitKind claimPages = kinds.stream().filter(ClaimPages.class::isInstance).findFirst().orElseThrow();
        for (Unit unit : claimPages.units(parts)) {
            Claim claim = claims.get(unit.sitePath());
            if (claim != null && unit instanceof PageUnit page) {
                boolean[] made = {false}; // a page whose template fails is left to the full render, which reports it
                byte[] html = SiteOutput.utf8(page.file(), out -> made[0] = templates.renderQuietly(page.template(),
                        page.model().apply(page.key().get()), out));
                if (made[0]) {
                    Set<String> resources = new HashSet<>();
                    claim.resources().forEach(resource -> {
                        resources.add(folder + claim.sitePath() + resource.name());
                        resource.copies().forEach(copy -> resources.add(folder + claim.sitePath() + copy.name()));
                    });
                    pages.add(new PageAhead(folder + claim.sitePath(), archive.site().baseUrl().pathTo(claim.sitePath()),
                            html, resources));
                }
            }
        }
        return pages;
    }

    /** Makes a unit's file, unless its key is the one the published file was made from. */
    private void write(SiteOutput output, Unit unit) {
        Map<String, Object> key = unit.key().get();
        String digest = digests.of(unit.maker(), key);
        keys.made(folder + unit.sitePath(), digest);
        if (keys.unchanged(folder + unit.sitePath(), digest) && output.keep(unit.file())) {
            pagesKept.incrementAndGet();
        } else if (unit instanceof PageUnit page) {
            Map<String, Object> model = page.model().apply(key);
            output.writeStreaming(page.file(), out -> templates.render(page.template(), model, out));
        } else if (unit instanceof FeedUnit feed) {
            output.writeText(feed.file(), feed.text().apply(key));
        } else if (unit instanceof ImageUnit image) {
            output.writeBytes(image.file(), image.bytes().apply(key));
            if (image.made() == ImageUnit.Made.SHARE_CARD) {
                cardsDrawn.incrementAndGet();
            }
        }
        if (unit instanceof PageUnit page && page.addressed()) {
            sitemap.add(folder + page.sitePath(), page.lastModified());
        }
    }
}
