package org.factsite.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.factsite.deploy.BucketAddress;
import org.factsite.deploy.DeployException;
import org.factsite.deploy.DeployRequest;
import org.factsite.deploy.DeployResult;
import org.factsite.deploy.Deployer;
import org.factsite.deploy.ServingRules;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factsite deploy}: publishes the built site to an S3-compatible bucket, changed files only. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Publishes the built site to an S3-compatible bucket, changed files only. Credentials come "
                + "from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), a profile or a role.")
final class DeployCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/site",
            description = "The built site. Default: ${DEFAULT-VALUE}")
    Path site;

    @Option(names = "--url", paramLabel = "S3URL", required = true,
            description = "Where it goes: s3://bucket or s3://bucket/a/folder.")
    String url;

    @Option(names = "--endpoint", paramLabel = "URL", description = "An S3-compatible service's address.")
    URI endpoint;

    @Option(names = "--region", paramLabel = "REGION", description = "The bucket's region.")
    String region;

    @Option(names = "--path-style", description = "Address the bucket in the path, as many S3-compatible services want.")
    boolean pathStyle;

    @Option(names = "--max-deletes", paramLabel = "N", defaultValue = "256",
            description = "More deletions than this stop the deploy before it changes anything. Default: ${DEFAULT-VALUE}")
    int maxDeletes;

    @Option(names = "--force", description = "Delete past --max-deletes.")
    boolean force;

    @Option(names = "--dry-run", description = "Print the plan and change nothing.")
    boolean dryRun;

    @Option(names = "--gzip", description = "Store text files gzip-compressed (Content-Encoding: gzip).")
    boolean gzip;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "8", description = "Uploads at once. Default: ${DEFAULT-VALUE}")
    int workers;

    @Option(names = "--cache-control", paramLabel = "RULES",
            description = "Cache-Control rules before the defaults: glob=value pairs separated by ;")
    String cacheControl;

    @Option(names = "--changes", paramLabel = "FILE", defaultValue = "target/factsite-deploy-changes.txt",
            description = "Where the changed addresses are listed, for a CDN purge. Default: ${DEFAULT-VALUE}")
    Path changes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DeployRequest request = new DeployRequest(site, BucketAddress.parse(url), Optional.ofNullable(endpoint),
                    Optional.ofNullable(region), pathStyle, maxDeletes, force, dryRun, new ServingRules(cacheControl, gzip),
                    workers, changes);
            DeployResult result = Deployer.run(request, out::println);
            out.println(result.summary());
            return 0;
        } catch (DeployException e) {
            err.println("deploy: " + e.getMessage());
            return FactSiteCli.CONTENT_ERRORS;
        }
    }
}
