package org.factsite.deploy;

/**
 * Where a site goes: a bucket and, optionally, a folder in it ({@code s3://bucket/optional/prefix}).
 *
 * @param prefix empty, or a path ending in {@code /}
 */
public record BucketAddress(String bucket, String prefix) {

    /** Reads {@code s3://bucket[/prefix]}. */
    public static BucketAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw new DeployException("name the bucket: -Dfactsite.deploy.url=s3://your-bucket (or s3://your-bucket/"
                    + "a/folder), or --url with factsite deploy");
        }
        String text = url.strip();
        if (!text.startsWith("s3://")) {
            throw new DeployException("the deploy address `" + text + "` must start with s3://, e.g. "
                    + "s3://your-bucket/site");
        }
        String rest = text.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("^/+|/+$", "");
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new DeployException("`" + bucket + "` is not a bucket name: 3 to 63 lower-case letters, digits, "
                    + "dots and hyphens");
        }
        if (prefix.contains("//") || prefix.contains("..")) {
            throw new DeployException("the folder `" + prefix + "` in the deploy address must be a plain path, e.g. "
                    + "s3://" + bucket + "/site");
        }
        return new BucketAddress(bucket, prefix.isEmpty() ? "" : prefix + "/");
    }

    /** The object key of a file of the site. */
    public String key(String sitePath) {
        return prefix + sitePath;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }
}
