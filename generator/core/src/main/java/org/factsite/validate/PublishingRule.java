package org.factsite.validate;

import java.time.Clock;
import java.time.LocalDate;

import org.factsite.config.SiteConfig;
import org.factsite.parse.ClaimDraft;

/**
 * Which valid claims are published: not drafts and not dated after today, unless the build asks for them.
 * "Today" comes from an injected clock in the site's time zone, never from the machine's defaults.
 */
public record PublishingRule(boolean includeDrafts, boolean includeFuture, Clock clock) {

    public boolean publishes(ClaimDraft claim, SiteConfig site) {
        if (claim.draft() && !includeDrafts) {
            return false;
        }
        return includeFuture || !claim.checked().isAfter(today(site));
    }

    public LocalDate today(SiteConfig site) {
        return LocalDate.now(clock.withZone(site.timezone()));
    }
}
