package org.factsite.model;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where every page of a site lives, below its base path. Pages, feeds, the sitemap and the validator all ask
 * here, so an address is written once and the names a plain page may not take follow from it.
 */
public final class SiteLayout {

    public static final String HOME = "";
    public static final String CLAIMS = "claims/";
    public static final String VERDICTS = "verdicts/";
    public static final String QUESTIONS = "questions/";
    public static final String CORRECTIONS = "corrections/";
    public static final String ASSETS = "assets/";
    /** The scale's colours as classes, so pages need no inline style (which their Content-Security-Policy refuses). */
    public static final String VERDICT_COLORS = ASSETS + "verdict-colors.css";
    /** The search page, and the index its script reads. */
    public static final String SEARCH = "search/";
    /** Verdicts per year, most checked terms, corrections per year. */
    public static final String STATS = "stats/";
    /** Who runs the desk, owns and funds it ({@code organization:} in site.yaml). */
    public static final String ORGANIZATION = "about/organization/";
    /** The rating scale, as the methodology's part readers look for. */
    public static final String RATINGS = "methodology/ratings/";
    /** Later pages of a list: {@code page/2/} below the list's own path. */
    public static final String PAGINATION = "page/";
    public static final String FEED = "feed.xml";
    public static final String JSON_FEED = "feed.json";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** Share cards: a PNG per claim, and the site's for its other pages. */
    public static final String CARDS = "cards/";
    public static final String SITE_CARD = CARDS + "site.png";
    /** Tells GitHub Pages to publish the folder as it is, without Jekyll. */
    public static final String NO_JEKYLL = ".nojekyll";
    /** The ClaimReview data feed, and its rows as CSV. */
    public static final String CLAIM_REVIEW_FEED = "claimreview.json";
    public static final String CLAIM_REVIEW_CSV = "claimreview.csv";

    private SiteLayout() {
    }

    public static String claim(String slug) {
        return CLAIMS + slug + "/";
    }

    public static String verdict(String key) {
        return VERDICTS + key + "/";
    }

    public static String questionsStartingWith(String initial) {
        return QUESTIONS + initial + "/";
    }

    public static String taxonomy(String path) {
        return path + "/";
    }

    public static String term(String taxonomyPath, String slug) {
        return taxonomy(taxonomyPath) + slug + "/";
    }

    /** The RSS feed of the list at {@code sitePath}. */
    public static String feedOf(String sitePath) {
        return sitePath + FEED;
    }

    /** Page {@code number} (from 2) of the list at {@code sitePath}. */
    public static String listPage(String sitePath, int number) {
        return sitePath + PAGINATION + number + "/";
    }

    /** The part of a ClaimReview data feed too large for one file holding the claims checked in {@code year}. */
    /** The {@code n}th part (from 1) of a sitemap too large for one file, named in {@link #SITEMAP}. */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** A claim's embeddable card (a page other sites show in an iframe), below the claim's folder. */
    public static String embedOf(String claimSitePath) {
        return claimSitePath + "embed/index.html";
    }

    /** A claim's oEmbed answer, which names its embed to the sites that ask. */
    public static String oembedOf(String claimSitePath) {
        return claimSitePath + "oembed.json";
    }

    /** The share card of the claim {@code slug}: its pages' og:image. */
    public static String shareCard(String slug) {
        return CARDS + slug + ".png";
    }

    public static String claimReviewFeedOf(int year) {
        return "claimreview-" + year + ".json";
    }

    /** The first folders of the site that FactSite fills itself, given the taxonomies' paths. */
    public static Set<String> reservedFolders(Collection<String> taxonomyPaths) {
        Set<String> reserved = new TreeSet<>();
        for (String path : new String[] {CLAIMS, VERDICTS, QUESTIONS, CORRECTIONS, ASSETS, PAGINATION, SEARCH, STATS,
                CARDS}) {
            reserved.add(path.substring(0, path.length() - 1));
        }
        reserved.addAll(taxonomyPaths);
        return reserved;
    }
}
