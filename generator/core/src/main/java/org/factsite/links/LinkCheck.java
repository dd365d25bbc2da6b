package org.factsite.links;

import java.util.List;

/**
 * What became of one address when it was asked for.
 *
 * @param status     the final HTTP status, or 0 when no answer came (timeout, refused, a redirect loop)
 * @param finalUrl   where the redirects ended
 * @param problem    why there was no usable answer, or empty
 * @param checkedAt  when it was asked (epoch milliseconds), so a rerun rechecks only old entries
 */
public record LinkCheck(String url, int status, String finalUrl, List<String> redirects, String problem,
        long checkedAt) {

    public LinkCheck {
        redirects = List.copyOf(redirects);
    }

    /** Whether it was left for a later run: the request budget was spent before it was asked. */
    public boolean leftForLater() {
        return problem.equals(LinkChecker.NOT_CHECKED);
    }

    /**
     * Whether it was not asked: left for a later run, or refused as an address off the public web (a private
     * address, not http or https). Neither answering nor broken, and asked again on the next run.
     */
    public boolean notChecked() {
        return problem.startsWith(PublicWeb.NOT_CHECKED);
    }

    /** Whether it was refused as an address off the public web (private, or not http or https): never asked. */
    public boolean offPublicWeb() {
        return notChecked() && !leftForLater();
    }

    /** Whether a reader following the link gets the page (2xx after redirects). */
    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
