package org.factsite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How files are served from a bucket, and where a deploy address points. */
class ServingRulesTest {

    @Test
    void everyKindOfFileFactSiteWritesHasItsType() {
        ServingRules rules = new ServingRules(null, false);
        assertEquals(List.of("text/html; charset=UTF-8", "text/css; charset=UTF-8", "text/javascript; charset=UTF-8",
                "application/json; charset=UTF-8", "application/xml; charset=UTF-8", "text/csv; charset=UTF-8",
                "image/png", "image/jpeg", "image/x-icon", "font/woff2", "text/plain; charset=UTF-8",
                "application/octet-stream"),
                List.of("index.html", "assets/style.css", "assets/search/search.js", "claims/a/oembed.json", "feed.xml",
                        "claimreview.csv", "cards/a.png", "claims/a/photo.480w.jpg", "favicon.ico", "assets/f.woff2",
                        ".nojekyll", "data.bin").stream().map(rules::contentType).toList());
    }

    @Test
    void pagesAreCachedBrieflyAssetsLongerAndADesksRulesComeFirst() {
        ServingRules rules = new ServingRules("*.html=no-cache; assets/**=public, max-age=604800", true);
        assertEquals("no-cache", rules.cacheControl("claims/a/index.html"), "a glob without / matches the name");
        assertEquals("public, max-age=604800", rules.cacheControl("assets/style.css"));
        assertEquals(ServingRules.SHORT, rules.cacheControl("feed.xml"));
        assertEquals(ServingRules.LONG, rules.cacheControl("cards/a.png"));
        assertTrue(rules.compressed("index.html"));
        assertFalse(rules.compressed("cards/a.png"), "compressed already");
        assertFalse(new ServingRules(null, false).compressed("index.html"), "gzip only when asked");
        DeployException bad = assertThrows(DeployException.class, () -> new ServingRules("*.html", false));
        assertEquals("the Cache-Control rule `*.html` must be written glob=value, e.g. `*.html=public, max-age=60`",
                bad.getMessage());
    }

    @Test
    void theAddressNamesABucketAndAFolder() {
        assertEquals(new BucketAddress("my-desk", "site/2026/"), BucketAddress.parse("s3://my-desk/site/2026/"));
        assertEquals(new BucketAddress("my-desk", ""), BucketAddress.parse("s3://my-desk"));
        assertEquals("site/claims/a/index.html", BucketAddress.parse("s3://my-desk/site").key("claims/a/index.html"));
        assertEquals("the deploy address `https://my-desk` must start with s3://, e.g. s3://your-bucket/site",
                assertThrows(DeployException.class, () -> BucketAddress.parse("https://my-desk")).getMessage());
        assertTrue(assertThrows(DeployException.class, () -> BucketAddress.parse("s3://My_Desk")).getMessage()
                .startsWith("`My_Desk` is not a bucket name"));
    }

    @Test
    void uploadWavesPutPagesAfterWhatTheyNeedAndTheWayInLast() {
        assertEquals(List.of(LocalSite.ASSETS, LocalSite.ASSETS, LocalSite.CLAIM_PAGES, LocalSite.CLAIM_PAGES,
                LocalSite.OTHER_PAGES, LocalSite.FEEDS, LocalSite.FEEDS, LocalSite.HOME, LocalSite.HOME, LocalSite.HOME),
                List.of("assets/style.css", "cards/a.png", "claims/a/index.html", "vi/claims/b/embed/index.html",
                        "tags/x/index.html", "sitemap.xml", "search/index-en.json", "index.html", "vi/index.html",
                        "404.html").stream().map(LocalSite::wave).toList());
    }
}
