package org.factsite.deploy;

/**
 * A deploy that cannot go on, for a reason the desk can fix (no credentials, a wrong bucket, too many deletions):
 * its message says what is wrong and what to do. Nothing was changed in the bucket unless it says so.
 */
public final class DeployException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
