package org.factsite.site;

import java.util.List;

import org.factsite.config.Hosting;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.text.Sizes;

/**
 * What a successful build did, and the warnings it printed.
 *
 * @param filesWritten  files of the new site, including those kept unchanged
 * @param filesUnchanged files whose bytes equalled the published ones: kept, with their modification time
 * @param upToDate      nothing had changed since the last successful build, so nothing was rendered or written
 * @param pagesKept     pages not rendered at all, as their model was the one the published page came from
 * @param claimsParsed  claim files parsed; the others were unchanged and taken as the last build parsed them
 * @param cardsDrawn    share cards drawn; the others showed what they showed before and were kept
 * @param hosting       where the site goes ({@link Hosting#key}), whose limits were checked
 */
public record BuildResult(int claims, long filesWritten, long bytesWritten, long filesUnchanged,
        List<Diagnostic> warnings, boolean upToDate, int pagesKept, int claimsParsed, int cardsDrawn, String hosting) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * The site's size and file count against its host's main limit, for the last line a build prints:
     * "the site: 1.1 MB in 197 files (GitHub Pages publishes up to 1 GB: 0.1 % of it)".
     */
    public String siteLine() {
        String site = "the site: " + Sizes.readable(bytesWritten) + " in " + Sizes.count(filesWritten) + " files";
        Hosting host = Hosting.of(hosting).orElse(Hosting.DEFAULT);
        if (host.maxBytes().isPresent()) {
            return site + " (" + host.title() + " publishes up to " + Sizes.readable(host.maxBytes().getAsLong()) + ": "
                    + percent(bytesWritten, host.maxBytes().getAsLong()) + " of it)";
        }
        if (host.maxFiles().isPresent()) {
            return site + " (" + host.title() + " takes up to " + Sizes.count(host.maxFiles().getAsLong()) + " files: "
                    + percent(filesWritten, host.maxFiles().getAsLong()) + " of them)";
        }
        return site + " (" + host.title() + ")";
    }

    private static String percent(long value, long limit) {
        double p = 100.0 * value / limit;
        return (p < 10 ? String.format(java.util.Locale.ROOT, "%.1f", p) : Long.toString(Math.round(p))) + " %";
    }
}
