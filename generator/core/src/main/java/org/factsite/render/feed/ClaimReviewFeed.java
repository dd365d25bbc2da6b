package org.factsite.render.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.factsite.config.BaseUrl;
import org.factsite.model.Claim;
import org.factsite.model.SiteLayout;
import org.factsite.write.SiteOutput;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.view.Views;

/**
 * Every published ClaimReview of the site in one place, for those who collect them (Google's Fact Check
 * Explorer, Data Commons, researchers): {@code /claimreview.json}, a schema.org {@code DataFeed} whose items
 * hold the same ClaimReview objects as the claim pages, and {@code /claimreview.csv}, a row per claim. Claims
 * of every language, newest first; no CSV cell starts a spreadsheet formula ({@link SpreadsheetCell}). Past
 * {@link #MAX_BYTES} the JSON feed is split by year
 * ({@code claimreview-2024.json} ...), and {@code claimreview.json} names the parts ({@code hasPart}).
 */
public final class ClaimReviewFeed {

    static final int MAX_BYTES = 10_000_000;
    static final List<String> COLUMNS = List.of("url", "claim", "claimant", "date", "rating_value", "rating_name",
            "language", "media_type", "media_url", "media_rating");

    /**
     * One claim's review, as its page carries it, written as the feed's entry when the feed asks for it: the feed
     * never holds every claim's review object at once, only the written entries.
     */
    public record Review(Claim claim, String url, java.util.function.Supplier<Entry> entry) {
    }

    /** A review as the feed writes it: its item's JSON and its CSV row. */
    public record Entry(String itemJson, List<Object> row) {
    }

    private record Written(Review review, Entry entry) {
    }

    private final JsonLd json = new JsonLd();
    private final int maxBytes;

    public ClaimReviewFeed() {
        this(MAX_BYTES);
    }

    public ClaimReviewFeed(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @param title the site's title, for the feed's name; {@code sdLicense} the structured data's licence */
    public void write(String title, Optional<String> sdLicense, BaseUrl root, List<Review> reviews, SiteOutput output) {
        List<Written> newest = reviews.stream().sorted(Comparator.comparing((Review r) -> r.claim().checked()).reversed()
                .thenComparing(Review::url)).map(this::written).toList();
        // The size is counted, not made: at 100,000 claims the whole feed is 200 MB, and making it to measure it
        // held it three times over.
        String whole = emptyFeed(frame(title, sdLicense, root, SiteLayout.CLAIM_REVIEW_FEED, newest));
        if (utf8Length(whole, newest) <= maxBytes) {
            writeFeed(output, SiteLayout.CLAIM_REVIEW_FEED, whole, newest);
        } else {
            Map<Integer, List<Written>> byYear = new TreeMap<>(Comparator.reverseOrder());
            newest.forEach(w -> byYear.computeIfAbsent(w.review().claim().checked().getYear(), y -> new ArrayList<>())
                    .add(w));
            List<String> parts = new ArrayList<>();
            byYear.forEach((year, ofYear) -> {
                String name = SiteLayout.claimReviewFeedOf(year);
                writeFeed(output, name, emptyFeed(frame(title, sdLicense, root, name, ofYear)), ofYear);
                parts.add(root.absolute(name));
            });
            Map<String, Object> index = frame(title, sdLicense, root, SiteLayout.CLAIM_REVIEW_FEED, newest);
            index.put("hasPart", parts.stream().map(url -> {
                Map<String, Object> part = new LinkedHashMap<>(); // a fixed order (Map.of has none)
                part.put("@type", "DataFeed");
                part.put("url", url);
                return part;
            }).toList());
            output.writeText(SiteLayout.CLAIM_REVIEW_FEED, json.write(index));
        }
        output.writeText(SiteLayout.CLAIM_REVIEW_CSV, csv(newest));
    }

    /**
     * An edition's claims' reviews as their pages carry them: each claim's entry is made of the claim under this
     * build's site settings and pages, so a preview keeps it for unchanged claims.
     */
    public List<Review> reviews(RenderParts parts) {
        Views views = parts.views();
        Map<String, String> policies = views.policyUrls();
        return parts.archive().claims().stream().map(claim -> {
            String url = parts.base().absolute(claim.sitePath());
            return new Review(claim, url, () -> parts.keys().ofClaim("claimreview", claim, () -> entry(claim,
                    ClaimReviewData.of(parts.site(), policies, claim,
                            views.verdict(claim.verdict(), claim.language()).label(), url))));
        }).toList();
    }

    private Written written(Review r) {
        return new Written(r, r.entry().get());
    }

    /** A claim's review as a feed entry: its item's JSON and its row (the review object is dropped after). */
    @SuppressWarnings("unchecked")
    public Entry entry(Claim claim, Map<String, Object> claimReview) {
        Map<String, Object> review = new LinkedHashMap<>(claimReview);
        review.remove("@context"); // the feed's applies
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "DataFeedItem");
        item.put("url", review.get("url"));
        item.put("dateCreated", claim.checked().toString());
        item.put("dateModified", claim.lastModified().toString());
        // A check of an image or video: its MediaReview beside the ClaimReview, as on the page.
        item.put("item", claim.media().map(media -> {
            Map<String, Object> mediaReview = new LinkedHashMap<>(MediaReviewData.of(claim, media, claimReview));
            mediaReview.remove("@context");
            return List.<Object>of(review, mediaReview);
        }).orElse(List.of(review)));
        Map<String, Object> rating = (Map<String, Object>) review.get("reviewRating");
        List<Object> row = java.util.Arrays.asList(review.get("url"), claim.claim(),
                claim.claimantName().orElse(""), claim.checked().toString(), rating.getOrDefault("ratingValue", ""),
                rating.get("alternateName"), claim.language(),
                claim.media().map(m -> m.kind().key()).orElse(""), claim.media().map(m -> m.url()).orElse(""),
                claim.media().map(m -> m.rating().key()).orElse(""));
        return new Entry(json.write(item), row);
    }

    private Map<String, Object> frame(String title, Optional<String> sdLicense, BaseUrl root, String name,
            List<Written> reviews) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("name", title + " – ClaimReview");
        feed.put("url", root.absolute(name));
        reviews.stream().map(w -> w.review().claim().lastModified()).max(Comparator.naturalOrder())
                .ifPresent(date -> feed.put("dateModified", date.toString()));
        sdLicense.ifPresent(licence -> feed.put("sdLicense", licence));
        return feed;
    }

    /** The feed's JSON without its items: the frame, whose last field is the (empty) item list. */
    private String emptyFeed(Map<String, Object> frame) {
        Map<String, Object> empty = new LinkedHashMap<>(frame);
        empty.put("dataFeedElement", List.of());
        String json = this.json.write(empty);
        if (!json.endsWith("[]}")) {
            throw new IllegalStateException("the feed's item list is not its last field");
        }
        return json;
    }

    /** How many bytes the feed of these items is (its empty JSON given), without making it. */
    private static long utf8Length(String emptyFeed, List<Written> reviews) {
        long bytes = utf8Length(emptyFeed) + Math.max(0, reviews.size() - 1);
        for (Written w : reviews) {
            bytes += utf8Length(w.entry().itemJson());
        }
        return bytes;
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The feed: its empty JSON with the items already written put in its list, streamed into the file. */
    private static void writeFeed(SiteOutput output, String name, String empty, List<Written> reviews) {
        output.writeStreaming(name, out -> {
            out.write(empty, 0, empty.length() - 2);
            for (int i = 0; i < reviews.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(reviews.get(i).entry().itemJson());
            }
            out.write("]}");
        });
    }

    private static String csv(List<Written> reviews) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Written w : reviews) {
                printer.printRecord(w.entry().row().stream().map(SpreadsheetCell::of));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string writer does not fail
        }
        return out.toString();
    }
}
