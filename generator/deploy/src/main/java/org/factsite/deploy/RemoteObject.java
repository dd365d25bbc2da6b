package org.factsite.deploy;

/** An object of the bucket as its listing gives it; {@code etag} without quotes. */
public record RemoteObject(String key, long size, String etag) {
}
