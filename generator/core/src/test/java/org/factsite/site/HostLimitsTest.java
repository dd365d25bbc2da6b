package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.factsite.config.Hosting;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.testing.TestArchive;
import org.factsite.write.SiteSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's limits, checked before the site replaces the published one; a warning at 80 %. */
class HostLimitsTest {

    private static final Path SITE_YAML = Path.of("content/site.yaml");

    @TempDir
    Path dir;

    private static List<String> check(Hosting host, SiteSize size) {
        Diagnostics diagnostics = new Diagnostics();
        HostLimits.check(host, size, SITE_YAML, diagnostics);
        return diagnostics.sorted().stream().map(d -> d.severity() + ": " + d.message()).toList();
    }

    @Test
    void aSiteOverGitHubPagesGigabyteIsAnErrorThatSaysWhatToDo() {
        List<String> problems = check(Hosting.GITHUB_PAGES, new SiteSize(25_000, 5_000, 1_200_000_000L, "claimreview.json",
                9_000_000, "claims", 23_001));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("ERROR: the site is 1.2 GB; GitHub Pages publishes sites of at most 1 GB, so it would refuse this "
                + "site. To stay within it: turn share cards off (`shareCards: false` in site.yaml; about 15 KB and one "
                + "file a claim), make fewer list pages (a larger `pageSize`), name another host (`hosting:`; "
                + "docs/publishing.md compares their limits), or publish to object storage with `mvn site:deploy`",
                problems.get(0));
    }

    @Test
    void eightyPercentOfALimitIsAWarning() {
        List<String> problems = check(Hosting.GITHUB_PAGES, new SiteSize(20_000, 10, 850_000_000L, "a", 1, "", 1));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("WARNING: the site is 850 MB, 85 % of what it may be: GitHub Pages "
                + "publishes sites of at most 1 GB."), problems.get(0));
        assertEquals(List.of(), check(Hosting.GITHUB_PAGES, new SiteSize(20_000, 10, 790_000_000L, "a", 1, "", 1)));
    }

    @Test
    void eachHostIsCheckedForWhatItLimits() {
        SiteSize size = new SiteSize(21_000, 12_000, 500_000_000L, "search/index.json", 30_000_000, "claims", 60_000);
        assertEquals(List.of("ERROR: its largest file, search/index.json, is 30 MB; Cloudflare Pages (free plan) takes "
                + "files of at most 25 MB", "ERROR: the site has 21,000 files; Cloudflare Pages (free plan) takes at most "
                + "20,000 files"), check(Hosting.CLOUDFLARE_PAGES, size).stream()
                .map(p -> p.substring(0, p.indexOf(", so it would"))).toList());
        assertEquals(1, check(Hosting.CLOUDFLARE_PAGES_PAID, size).size(), "the paid plan takes the files");
        assertEquals(List.of("ERROR: the folder claims/ holds 60,000 entries; Netlify refuses a folder of more than "
                + "54,000"), check(Hosting.NETLIFY, size).stream()
                .map(p -> p.substring(0, p.indexOf(", so it would"))).toList());
        assertEquals(List.of(), check(Hosting.S3, size));
        assertEquals(List.of(), check(Hosting.GITLAB_PAGES, size));
        assertEquals(List.of("ERROR: the site has 201,000 files and folders; GitLab Pages takes at most 200,000 files and "
                + "folders"), check(Hosting.GITLAB_PAGES, new SiteSize(180_000, 21_000, 1, "a", 1, "", 1)).stream()
                .map(p -> p.substring(0, p.indexOf(", so it would"))).toList(), "GitLab counts folders too");
    }

    @Test
    void theBuildSaysTheSitesSizeAgainstItsHost() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "hosting: cloudflare-pages\n-- content/claims/a.md --\n" + claim("A?", "", "")).build();
        BuildResult result = archive.result();
        assertEquals("cloudflare-pages", result.hosting());
        assertTrue(result.siteLine().matches("the site: [0-9.]+ KB in [0-9]+ files \\(Cloudflare Pages \\(free plan\\) "
                + "takes up to 20,000 files: 0\\.[0-9] % of them\\)"), result.siteLine());
        BuildResult overridden = archive.build(archive.request().withHosting("github-pages")).result();
        assertTrue(overridden.siteLine().contains("(GitHub Pages publishes up to 1 GB: 0.0 % of it)"),
                overridden.siteLine());
    }

    @Test
    void anUnknownHostIsAnErrorWithTheNearestName() {
        List<String> errors = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "hosting: netlfy\n-- content/claims/a.md --\n" + claim("A?", "", "")).buildWithErrors();
        assertEquals(List.of("content/site.yaml:3: error: `hosting` is `netlfy` (did you mean `netlify`?); name one of "
                + "github-pages, gitlab-pages, cloudflare-pages, cloudflare-pages-paid, netlify, s3 (docs/publishing.md "
                + "gives each host's limits)"), errors);
    }
}
