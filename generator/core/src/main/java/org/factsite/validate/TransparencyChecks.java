package org.factsite.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.factsite.config.Organization;
import org.factsite.config.SiteConfig;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Page;

/**
 * What a desk that describes its organisation in site.yaml is expected to publish beside it (the IFCN Code of
 * Principles: methodology, corrections policy, ownership and funding, a way to complain), and a funding table
 * that is kept up to date. Warnings: the site builds, but its checks tell what is missing.
 */
final class TransparencyChecks {

    private static final Map<String, String> WHAT = Map.of(
            "about", "who the desk is",
            "methodology", "how claims are chosen and checked",
            "corrections", "the corrections policy",
            "funding", "ownership and funding",
            "feedback", "how readers reach the desk and escalate a complaint");

    private TransparencyChecks() {
    }

    /**
     * @param editionPages each edition's published pages, the default language's first: every edition is read on
     *                     its own (its menu, footer and ClaimReview data name only its own pages), so each is checked
     */
    static void check(SiteConfig site, Path siteFile, Map<String, List<Page>> editionPages, LocalDate today,
            Diagnostics diagnostics) {
        if (site.organization().isEmpty()) {
            return;
        }
        Organization organization = site.organization().get();
        boolean first = true;
        for (Map.Entry<String, List<Page>> edition : editionPages.entrySet()) {
            checkPolicyPages(site, siteFile, organization, first ? "" : edition.getKey(), edition.getValue(),
                    diagnostics);
            first = false;
        }
        if (organization.funding().stream().noneMatch(f -> f.year() == today.getYear())) {
            diagnostics.warning(siteFile, organization.line(), "the funding table has no entry for " + today.getYear()
                    + "; add this year's sources under `organization: funding:`");
        }
    }

    /** @param language empty for the default language's edition, else the edition's language */
    private static void checkPolicyPages(SiteConfig site, Path siteFile, Organization organization, String language,
            List<Page> pages, Diagnostics diagnostics) {
        Set<String> slugs = pages.stream().map(Page::slug).collect(Collectors.toSet());
        site.policies().slugs().forEach((kind, slug) -> {
            if (slugs.contains(slug)) {
                return;
            }
            if (language.isEmpty()) {
                diagnostics.warning(siteFile, organization.line(), "there is no page on " + WHAT.get(kind)
                        + " (`" + slug + "`); fact-checkers publish one: add content/pages/" + slug
                        + ".md, or name yours under `policies: {" + kind + ": ...}`");
            } else {
                diagnostics.warning(siteFile, organization.line(), "the `" + language + "` edition has no page on "
                        + WHAT.get(kind) + " (`" + slug + "`), so its menu, footer and ClaimReview data name none; "
                        + "add its translation, content/pages/" + slug + "." + language + ".md");
            }
        });
    }
}
