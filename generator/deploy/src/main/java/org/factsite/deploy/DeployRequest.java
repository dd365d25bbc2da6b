package org.factsite.deploy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A deploy, as the Mojo or the command line gives it. Credentials are never part of it: the S3 client finds them
 * where the AWS tools do (environment, profiles, instance and container roles).
 *
 * @param site        the built site's folder
 * @param address     the bucket and folder it goes to
 * @param endpoint    an S3-compatible service's address (R2, B2, MinIO ...); empty for AWS
 * @param region      the bucket's region; empty: the AWS tools' default, or us-east-1 with an endpoint
 * @param pathStyle   address the bucket in the path ({@code endpoint/bucket/key}), as many S3-compatible services want
 * @param maxDeletes  more deletions than this stop the deploy before it changes anything, unless {@code force}
 * @param dryRun      print the plan and change nothing
 * @param workers     uploads at once
 * @param changes     where the changed addresses are written, for a CDN purge
 */
public record DeployRequest(Path site, BucketAddress address, Optional<URI> endpoint, Optional<String> region,
        boolean pathStyle, int maxDeletes, boolean force, boolean dryRun, ServingRules rules, int workers,
        Path changes) {

    public static final int DEFAULT_MAX_DELETES = 256;
    public static final int DEFAULT_WORKERS = 8;

    public DeployRequest {
        if (maxDeletes < 0) {
            throw new DeployException("maxDeletes must be 0 or more, not " + maxDeletes);
        }
        if (workers < 1 || workers > 64) {
            throw new DeployException("workers must be between 1 and 64, not " + workers);
        }
    }
}
