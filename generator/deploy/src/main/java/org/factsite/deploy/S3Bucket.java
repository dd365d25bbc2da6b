package org.factsite.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The bucket, through the AWS SDK's S3 client: over the JDK's HTTP client, with the SDK's standard retries
 * (back-off on timeouts, throttling and 5xx answers), and checksums only where S3 requires them, so S3-compatible
 * services that do not know the SDK's newer checksum headers accept the requests. Every failure becomes a
 * {@link DeployException} that says what to do.
 */
public final class S3Bucket implements Bucket, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    public S3Bucket(S3Client client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** A client for {@code request}'s bucket, its credentials from the environment, a profile or a role. */
    public static S3Bucket open(DeployRequest request) {
        try {
            var builder = S3Client.builder()
                    .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
                            .socketTimeout(Duration.ofSeconds(60)))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .region(region(request))
                    .forcePathStyle(request.pathStyle())
                    // Whole-body signatures rather than aws-chunked uploads, which many S3-compatible services refuse.
                    .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(5)));
            request.endpoint().ifPresent(builder::endpointOverride);
            return new S3Bucket(builder.build(), request.address().bucket());
        } catch (SdkException e) {
            throw new DeployException("cannot set up the S3 client: " + e.getMessage(), e);
        }
    }

    private static Region region(DeployRequest request) {
        if (request.region().isPresent()) {
            return Region.of(request.region().get());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            if (request.endpoint().isPresent()) {
                return Region.US_EAST_1; // most S3-compatible services ignore the region, but it is signed
            }
            throw new DeployException("name the bucket's region: -Dfactsite.deploy.region=eu-west-1 (or AWS_REGION "
                    + "in the environment)");
        }
    }

    @Override
    public List<RemoteObject> list(String prefix) {
        try {
            List<RemoteObject> objects = new ArrayList<>();
            for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                objects.add(new RemoteObject(object.key(), object.size(), unquote(object.eTag())));
            }
            return objects;
        } catch (SdkException e) {
            throw explain(e, "list");
        }
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            ResponseBytes<GetObjectResponse> bytes = client.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return Optional.of(bytes.asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw explain(e, "read " + key + " of");
        }
    }

    @Override
    public String put(String key, LocalFile.Body body, LocalFile file) {
        try {
            return unquote(client.putObject(b -> b.bucket(bucket).key(key).contentType(file.contentType())
                    .cacheControl(file.cacheControl()).contentEncoding(file.encoding())
                    .contentMD5(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(body.md5()))),
                    RequestBody.fromBytes(body.bytes())).eTag());
        } catch (SdkException e) {
            throw explain(e, "upload " + key + " to");
        }
    }

    @Override
    public void putManifest(String key, byte[] json) {
        try {
            client.putObject(b -> b.bucket(bucket).key(key).contentType("application/json; charset=UTF-8")
                    .cacheControl("no-store"), RequestBody.fromBytes(json));
        } catch (SdkException e) {
            throw explain(e, "write " + key + " to");
        }
    }

    @Override
    public void delete(String key) {
        try {
            client.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw explain(e, "delete " + key + " from");
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private DeployException explain(SdkException e, String what) {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? "" : s3.awsErrorDetails().errorCode();
            if (s3.statusCode() == 403 || "InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
                return new DeployException("the bucket " + bucket + " refused the credentials (" + code + ", HTTP "
                        + s3.statusCode() + ") when asked to " + what + " it: check AWS_ACCESS_KEY_ID and "
                        + "AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) and that they may write to this bucket", e);
            }
            if ("NoSuchBucket".equals(code)) {
                return new DeployException("there is no bucket " + bucket + " at this endpoint: create it, or check "
                        + "-Dfactsite.deploy.url and -Dfactsite.deploy.endpoint", e);
            }
            return new DeployException("the bucket " + bucket + " answered " + s3.statusCode() + " " + code + " when "
                    + "asked to " + what + " it: " + s3.getMessage(), e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unable to load credentials")) {
            return new DeployException("no credentials for the bucket: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY "
                    + "in the environment (or AWS_PROFILE, or run where an instance or container role applies); "
                    + "FactSite never reads them from the pom", e);
        }
        return new DeployException("could not " + what + " the bucket " + bucket + ": " + message, e);
    }

    private static String unquote(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }
}
