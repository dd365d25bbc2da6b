package org.factsite.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code site:deploy} against a real S3 server on loopback: what goes up, what is deleted, in which order, how it
 * is served, and what a wrong credential, a mass deletion or an interruption do. The sites are built by FactSite
 * from a small archive, so an edit changes the files a real edit changes.
 */
class DeployTest {

    private static LocalS3 s3;
    private static S3Client reader;
    private static int buckets;

    @TempDir
    Path dir;

    private String bucket;
    private Path content;
    private Path site;

    @BeforeAll
    static void start() throws Exception {
        s3 = new LocalS3();
        reader = s3.client();
    }

    @AfterAll
    static void stop() throws Exception {
        reader.close();
        s3.close();
    }

    @BeforeEach
    void archive() throws Exception {
        // The S3 client takes its credentials where the AWS tools find them: here, Java system properties.
        System.setProperty("aws.accessKeyId", LocalS3.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", LocalS3.SECRET_KEY);
        bucket = "desk-" + (++buckets);
        reader.createBucket(b -> b.bucket(bucket));
        content = dir.resolve("content");
        write("site.yaml", "title: Test Desk\nbaseUrl: https://checks.example/\n");
        for (String slug : List.of("bridge", "ferry", "toll")) {
            write("claims/" + slug + ".md", "---\ntitle: Is the " + slug + " new?\nclaim: The " + slug + " is new.\n"
                    + "verdict: false\nchecked: 2025-10-0" + (slug.length()) + "\n---\nIt is old.\n");
        }
        site = dir.resolve("site");
        build();
    }

    @AfterEach
    void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void build() throws Exception {
        FactSite.build(BuildRequest.of(content, site));
    }

    private DeployRequest request(String url, int maxDeletes, boolean force, boolean dryRun, boolean gzip) {
        return new DeployRequest(site, BucketAddress.parse(url), Optional.of(s3.endpoint), Optional.empty(), true,
                maxDeletes, force, dryRun, new ServingRules(null, gzip), 4, dir.resolve("changes.txt"));
    }

    private DeployRequest request() {
        return request("s3://" + bucket + "/archive", DeployRequest.DEFAULT_MAX_DELETES, false, false, false);
    }

    private DeployResult deploy(DeployRequest request, List<String> log) {
        try (S3Bucket target = S3Bucket.open(request)) {
            return new Deployer(request, target, log::add).deploy();
        }
    }

    private DeployResult deploy(DeployRequest request) {
        return deploy(request, new ArrayList<>());
    }

    /** The site's files and their bytes. */
    private Map<String, byte[]> siteFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The bucket's objects below {@code prefix} (FactSite's manifest aside), as a reader gets them back. */
    private Map<String, byte[]> bucketFiles(String prefix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (S3Object object : reader.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            String path = object.key().substring(prefix.length());
            if (path.equals(Manifest.NAME)) {
                continue;
            }
            ResponseBytes<GetObjectResponse> body = reader.getObjectAsBytes(b -> b.bucket(bucket).key(object.key()));
            byte[] bytes = body.asByteArray();
            if ("gzip".equals(body.response().contentEncoding())) {
                bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
            }
            files.put(path, bytes);
        }
        return files;
    }

    private void assertBucketIsTheSite() throws IOException {
        Map<String, byte[]> expected = siteFiles();
        Map<String, byte[]> actual = bucketFiles("archive/");
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    @Test
    void theFirstDeployUploadsEverythingAndASecondWithNothingChangedNothing() throws Exception {
        int files = siteFiles().size();
        DeployResult first = deploy(request());
        assertEquals(List.of(files, 0, 0), List.of(first.uploaded(), first.deleted(), first.unchanged()));
        assertBucketIsTheSite();
        DeployResult second = deploy(request());
        assertEquals(List.of(0, 0, files), List.of(second.uploaded(), second.deleted(), second.unchanged()));
        assertEquals(List.of(), Files.readAllLines(dir.resolve("changes.txt")), "nothing for the CDN to purge");
    }

    @Test
    void afterOneEditedClaimOnlyTheFilesThatChangedGoUp() throws Exception {
        deploy(request());
        Map<String, byte[]> before = siteFiles();
        write("claims/ferry.md", Files.readString(content.resolve("claims/ferry.md")).replace("It is old.",
                "It is old, and was painted."));
        build();
        List<String> changed = new ArrayList<>();
        siteFiles().forEach((path, bytes) -> {
            if (!before.containsKey(path) || !java.util.Arrays.equals(before.get(path), bytes)) {
                changed.add(path);
            }
        });
        assertTrue(changed.contains("claims/ferry/index.html") && changed.size() < before.size() / 2, changed.toString());
        List<String> log = new ArrayList<>();
        DeployResult result = deploy(request(), log);
        assertEquals(changed.size(), result.uploaded(), log.toString());
        assertEquals(0, result.deleted());
        assertBucketIsTheSite();
        List<String> purge = Files.readAllLines(dir.resolve("changes.txt"));
        assertTrue(purge.contains("/claims/ferry/") && purge.contains("/claims/ferry/index.html"), purge.toString());
    }

    @Test
    void aRemovedClaimsFilesAreDeletedAfterEverythingIsUp() throws Exception {
        deploy(request());
        Files.delete(content.resolve("claims/toll.md"));
        build();
        DeployResult result = deploy(request());
        assertTrue(result.deleted() >= 3, "its page, embed, oEmbed answer and card: " + result.deleted());
        assertBucketIsTheSite();
    }

    @Test
    void moreDeletionsThanAllowedStopTheDeployBeforeItChangesAnything() throws Exception {
        deploy(request());
        Map<String, byte[]> published = bucketFiles("archive/");
        Files.delete(content.resolve("claims/toll.md"));
        write("claims/new.md", Files.readString(content.resolve("claims/ferry.md")).replace("ferry", "new"));
        build();
        DeployException refused = assertThrows(DeployException.class,
                () -> deploy(request("s3://" + bucket + "/archive", 1, false, false, false)));
        assertTrue(refused.getMessage().contains("more than maxDeletes (1), so it changed nothing"), refused.getMessage());
        Map<String, byte[]> after = bucketFiles("archive/");
        assertEquals(published.keySet(), after.keySet(), "nothing uploaded, nothing deleted");
        deploy(request("s3://" + bucket + "/archive", 1, true, false, false));
        assertBucketIsTheSite();
    }

    @Test
    void aWrongCredentialIsOneClearErrorAndChangesNothing() throws Exception {
        deploy(request());
        java.util.Set<String> published = bucketFiles("archive/").keySet();
        Files.delete(content.resolve("claims/toll.md"));
        build();
        System.setProperty("aws.secretAccessKey", "not-the-secret");
        DeployException refused = assertThrows(DeployException.class, () -> deploy(request()));
        assertTrue(refused.getMessage().startsWith("the bucket " + bucket + " refused the credentials"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"));
        assertEquals(published, bucketFiles("archive/").keySet(), "unchanged: the deleted claim's files are still there");
    }

    @Test
    void noCredentialsAtAllIsOneClearErrorThatSaysWhereTheyGo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null
                && System.getenv("AWS_PROFILE") == null, "this machine has credentials of its own");
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        // No profile file and no instance role to find either: the chain ends at once.
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("none").toString());
        System.setProperty("aws.configFile", dir.resolve("none").toString());
        System.setProperty("aws.disableEc2Metadata", "true");
        try {
            DeployException refused = assertThrows(DeployException.class, () -> deploy(request()));
            assertTrue(refused.getMessage().startsWith("no credentials for the bucket: set AWS_ACCESS_KEY_ID and "
                    + "AWS_SECRET_ACCESS_KEY in the environment"), refused.getMessage());
        } finally {
            System.clearProperty("aws.sharedCredentialsFile");
            System.clearProperty("aws.configFile");
            System.clearProperty("aws.disableEc2Metadata");
        }
    }

    @Test
    void aDeployInterruptedMidwayIsFinishedByRunningItAgain() throws Exception {
        DeployRequest all = request();
        // One upload at a time, so that exactly six are in the bucket when the connection drops.
        DeployRequest request = new DeployRequest(all.site(), all.address(), all.endpoint(), all.region(),
                all.pathStyle(), all.maxDeletes(), false, false, all.rules(), 1, all.changes());
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        try (S3Bucket target = S3Bucket.open(request)) {
            Bucket failing = new ForwardingBucket(target) {
                @Override
                public String put(String key, LocalFile.Body body, LocalFile file) {
                    if (stored.size() >= 6) {
                        throw new DeployException("the connection dropped");
                    }
                    stored.add(key);
                    return super.put(key, body, file);
                }
            };
            assertThrows(DeployException.class, () -> new Deployer(request, failing, line -> { }).deploy());
        }
        assertEquals(6, bucketFiles("archive/").size(), "six files up when it broke");
        DeployResult rerun = deploy(request());
        assertEquals(siteFiles().size() - 6, rerun.uploaded(), "what went up is not sent again");
        assertBucketIsTheSite();
    }

    @Test
    void filesAreServedWithTheirTypeCacheRuleAndCompression() throws Exception {
        deploy(request("s3://" + bucket + "/archive", 256, false, false, true));
        HeadObjectResponse page = reader.headObject(b -> b.bucket(bucket).key("archive/claims/ferry/index.html"));
        assertEquals("text/html;charset=utf-8", type(page), "(the server writes the type its own way)");
        assertEquals(ServingRules.SHORT, page.cacheControl());
        assertEquals("gzip", page.contentEncoding());
        HeadObjectResponse style = reader.headObject(b -> b.bucket(bucket).key("archive/assets/style.css"));
        assertEquals(List.of("text/css;charset=utf-8", ServingRules.LONG), List.of(type(style), style.cacheControl()));
        HeadObjectResponse card = reader.headObject(b -> b.bucket(bucket).key("archive/cards/ferry.png"));
        assertEquals("image/png", card.contentType());
        assertEquals(null, card.contentEncoding(), "images are compressed already");
        HeadObjectResponse feed = reader.headObject(b -> b.bucket(bucket).key("archive/feed.xml"));
        assertEquals("application/xml;charset=utf-8", type(feed));
        assertBucketIsTheSite();
    }

    private static String type(HeadObjectResponse head) {
        return head.contentType().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void pagesGoUpAfterWhatTheyShowAndLinkToAndTheHomePageLast() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        DeployRequest request = request();
        try (S3Bucket target = S3Bucket.open(request)) {
            Bucket watched = new ForwardingBucket(target) {
                @Override
                public String put(String key, LocalFile.Body body, LocalFile file) {
                    order.add(key.substring("archive/".length()));
                    return super.put(key, body, file);
                }
            };
            new Deployer(request, watched, line -> { }).deploy();
        }
        int lastAsset = Math.max(order.indexOf("assets/style.css"), order.indexOf("cards/ferry.png"));
        int firstClaim = order.indexOf("claims/ferry/index.html");
        int firstList = order.indexOf("verdicts/false/index.html");
        assertTrue(lastAsset < firstClaim && firstClaim < firstList, order.toString());
        assertTrue(order.indexOf("feed.xml") > firstList, "feeds name pages: after them");
        assertEquals(java.util.Set.of("index.html", "404.html"), java.util.Set.copyOf(order.subList(order.size() - 2,
                order.size())), "the way in last: the home page and the 404 page");
    }

    @Test
    void aDryRunPrintsThePlanAndChangesNothing() throws Exception {
        List<String> log = new ArrayList<>();
        DeployResult plan = deploy(request("s3://" + bucket + "/archive", 256, false, true, false), log);
        assertEquals(siteFiles().size(), plan.uploaded());
        assertTrue(plan.summary().startsWith("Would upload " + siteFiles().size() + " files"), plan.summary());
        assertTrue(log.get(0).startsWith("Plan for s3://" + bucket + "/archive/: " + siteFiles().size()
                + " files to upload"), log.toString());
        assertEquals(0, bucketFiles("archive/").size());
        assertTrue(Files.readAllLines(dir.resolve("changes.txt"), StandardCharsets.UTF_8).contains("/index.html"));
    }
}
