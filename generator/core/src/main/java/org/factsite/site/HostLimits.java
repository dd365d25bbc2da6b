package org.factsite.site;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.factsite.config.Hosting;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.text.Sizes;
import org.factsite.write.SiteSize;

/**
 * The host's limits, checked on the staged site before it replaces the published one: a site the host would refuse
 * is an error now, with what to do, instead of a failed deploy at the end of CI; one past 80 % of a limit is a
 * warning, while there is time to choose.
 */
final class HostLimits {

    static final double WARN_AT = 0.8;

    private HostLimits() {
    }

    /** @param siteFile site.yaml, where {@code hosting:} is chosen */
    static void check(Hosting host, SiteSize size, Path siteFile, Diagnostics diagnostics) {
        check(host.maxBytes(), size.bytes(), "the site is " + Sizes.readable(size.bytes()), host.title()
                + " publishes sites of at most " + Sizes.readable(host.maxBytes().orElse(0)), siteFile, diagnostics);
        String entries = host.countsFolders() ? " files and folders" : " files";
        long count = size.files() + (host.countsFolders() ? size.folders() : 0);
        check(host.maxFiles(), count, "the site has " + Sizes.count(count) + entries, host.title() + " takes at most "
                + Sizes.count(host.maxFiles().orElse(0)) + entries, siteFile, diagnostics);
        check(host.maxFileBytes(), size.largestBytes(), "its largest file, " + size.largestFile() + ", is "
                + Sizes.readable(size.largestBytes()), host.title() + " takes files of at most "
                + Sizes.readable(host.maxFileBytes().orElse(0)), siteFile, diagnostics);
        check(host.maxFolderEntries(), size.folderEntries(), "the folder " + (size.fullestFolder().isEmpty()
                ? "at the site's root" : size.fullestFolder() + "/") + " holds " + Sizes.count(size.folderEntries())
                + " entries", host.title() + " refuses a folder of more than "
                + Sizes.count(host.maxFolderEntries().orElse(0)), siteFile, diagnostics);
    }

    private static void check(OptionalLong limit, long value, String measured, String rule, Path siteFile,
            Diagnostics diagnostics) {
        if (limit.isEmpty()) {
            return;
        }
        long percent = Math.round(100.0 * value / limit.getAsLong());
        if (value > limit.getAsLong()) {
            diagnostics.error(siteFile, 0, measured + "; " + rule + ", so it would refuse this site. " + WHAT_TO_DO);
        } else if (value > WARN_AT * limit.getAsLong()) {
            diagnostics.warning(siteFile, 0, measured + ", " + percent + " % of what it may be: " + rule + ". "
                    + WHAT_TO_DO);
        }
    }

    private static final String WHAT_TO_DO = "To stay within it: turn share cards off (`shareCards: false` in "
            + "site.yaml; about 15 KB and one file a claim), make fewer list pages (a larger `pageSize`), name "
            + "another host (`hosting:`; docs/publishing.md compares their limits), or publish to object storage "
            + "with `mvn site:deploy`";
}
