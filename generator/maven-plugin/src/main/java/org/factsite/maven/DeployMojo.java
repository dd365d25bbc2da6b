package org.factsite.maven;

import java.io.File;
import java.net.URI;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.factsite.deploy.BucketAddress;
import org.factsite.deploy.DeployException;
import org.factsite.deploy.DeployRequest;
import org.factsite.deploy.DeployResult;
import org.factsite.deploy.Deployer;
import org.factsite.deploy.ServingRules;

/**
 * Publishes the built site to an S3-compatible bucket, changed files only: {@code mvn site:deploy}. Credentials come
 * from where the AWS tools find them (environment, profiles, roles), never from the pom. Maps the parameters to one
 * request for the deploy library; a problem the desk can fix fails the build with its message, no stack trace.
 */
@Mojo(name = "deploy", threadSafe = true)
public class DeployMojo extends AbstractMojo {

    /** The built site (what site:generate wrote). */
    @Parameter(property = "factsite.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    private File outputDirectory;

    /** Where the site goes: {@code s3://bucket} or {@code s3://bucket/a/folder}. */
    @Parameter(property = "factsite.deploy.url")
    private String url;

    /** An S3-compatible service's address (Cloudflare R2, Backblaze B2, MinIO ...); none for AWS. */
    @Parameter(property = "factsite.deploy.endpoint")
    private String endpoint;

    /** The bucket's region; by default the AWS tools' (AWS_REGION), or us-east-1 with an endpoint. */
    @Parameter(property = "factsite.deploy.region")
    private String region;

    /** Address the bucket in the path (endpoint/bucket/key), as MinIO and many S3-compatible services want. */
    @Parameter(property = "factsite.deploy.pathStyle", defaultValue = "false")
    private boolean pathStyle;

    /** More deletions than this stop the deploy before it changes anything (unless {@code force}). */
    @Parameter(property = "factsite.deploy.maxDeletes", defaultValue = "256")
    private int maxDeletes;

    /** Delete past maxDeletes. */
    @Parameter(property = "factsite.deploy.force", defaultValue = "false")
    private boolean force;

    /** Print the plan (uploads, deletions, bytes) and change nothing. */
    @Parameter(property = "factsite.deploy.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Store text files gzip-compressed, served with Content-Encoding: gzip. */
    @Parameter(property = "factsite.deploy.gzip", defaultValue = "false")
    private boolean gzip;

    /** Uploads at once. */
    @Parameter(property = "factsite.deploy.workers", defaultValue = "8")
    private int workers;

    /** Cache-Control rules before the defaults: {@code glob=value} pairs separated by {@code ;}. */
    @Parameter(property = "factsite.deploy.cacheControl")
    private String cacheControl;

    /** Where the changed addresses are listed, for a CDN purge. */
    @Parameter(property = "factsite.deploy.changes",
            defaultValue = "${project.build.directory}/factsite-deploy-changes.txt", required = true)
    private File changes;

    @Parameter(property = "factsite.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("FactSite: skipped (factsite.skip)");
            return;
        }
        try {
            DeployRequest request = new DeployRequest(outputDirectory.toPath(), BucketAddress.parse(url),
                    Optional.ofNullable(endpoint).filter(e -> !e.isBlank()).map(URI::create),
                    Optional.ofNullable(region).filter(r -> !r.isBlank()), pathStyle, maxDeletes, force, dryRun,
                    new ServingRules(cacheControl, gzip), workers, changes.toPath());
            DeployResult result = Deployer.run(request, line -> getLog().info("FactSite: " + line));
            getLog().info("FactSite: " + result.summary());
        } catch (DeployException e) {
            throw new MojoFailureException("FactSite: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("FactSite: the endpoint `" + endpoint + "` is not an address: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("FactSite: the deploy failed unexpectedly: " + e, e);
        }
    }
}
