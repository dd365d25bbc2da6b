package org.factsite.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * What a deploy costs against a local S3 server (benchmark/deploy.sh runs it; not a test): the first deploy of a
 * built archive, one with nothing changed, one after an edited claim. Prints one line per deploy.
 *
 * <pre>java ... org.factsite.deploy.DeployBenchmark CONTENT SITE</pre>
 */
public final class DeployBenchmark {

    private DeployBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path site = Path.of(args[1]);
        System.setProperty("aws.accessKeyId", LocalS3.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", LocalS3.SECRET_KEY);
        FactSite.build(BuildRequest.of(content, site).withHosting("s3"));
        try (LocalS3 s3 = new LocalS3(); S3Client client = s3.client()) {
            client.createBucket(b -> b.bucket("bench"));
            DeployRequest request = new DeployRequest(site, BucketAddress.parse("s3://bench/site"),
                    Optional.of(s3.endpoint), Optional.empty(), true, DeployRequest.DEFAULT_MAX_DELETES, false, false,
                    new ServingRules(null, false), DeployRequest.DEFAULT_WORKERS, site.resolveSibling("changes.txt"));
            time("first deploy", request);
            time("nothing changed", request);
            Path claim;
            try (Stream<Path> claims = Files.list(content.resolve("claims"))) {
                claim = claims.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            }
            Files.writeString(claim, Files.readString(claim) + "\nOne more sentence, edited for the benchmark.\n");
            long build = System.nanoTime();
            FactSite.build(BuildRequest.of(content, site).withHosting("s3"));
            System.out.printf("rebuild after one edit: %.1f s%n", (System.nanoTime() - build) / 1e9);
            time("after one edited claim", request);
        }
    }

    private static void time(String what, DeployRequest request) {
        long start = System.nanoTime();
        DeployResult result = Deployer.run(request, line -> { });
        System.out.printf("%s: %.1f s, %d uploaded (%s), %d deleted, %d unchanged%n", what,
                (System.nanoTime() - start) / 1e9, result.uploaded(),
                org.factsite.text.Sizes.readable(result.bytesUploaded()), result.deleted(), result.unchanged());
    }
}
