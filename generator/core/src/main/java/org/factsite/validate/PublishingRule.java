package org.factsite.validate;

import java.time.LocalDate;

import org.factsite.parse.ClaimDraft;

/**
 * Which valid claims are published: not drafts and not dated after today, unless the build asks for them.
 *
 * @param today today in the site's time zone (from the build's clock, never the machine's defaults)
 */
public record PublishingRule(boolean includeDrafts, boolean includeFuture, LocalDate today) {

    public boolean publishes(ClaimDraft claim) {
        if (claim.draft() && !includeDrafts) {
            return false;
        }
        return includeFuture || !claim.checked().isAfter(today);
    }
}
