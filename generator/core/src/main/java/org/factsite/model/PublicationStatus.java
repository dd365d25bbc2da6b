package org.factsite.model;

/**
 * Whether readers would see a claim: a build publishes only {@code PUBLISHED} ones unless it asks for drafts or
 * future claims (as the preview does); pages of the others say so.
 */
public enum PublicationStatus {
    PUBLISHED,
    /** Marked {@code draft: true}. */
    DRAFT,
    /** Checked after today: it publishes on that day. */
    SCHEDULED
}
