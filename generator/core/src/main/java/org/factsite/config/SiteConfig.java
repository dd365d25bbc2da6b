package org.factsite.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code site.yaml}, validated.
 *
 * @param pageSize claims per list page (home, tags, verdicts)
 * @param feedSize newest claims in each feed
 * @param timezone where "today" is reckoned, for holding back claims dated in the future
 * @param menu     slugs of plain pages for the site menu, in order; empty means by the pages' {@code menu}
 * @param taxonomies the ways claims are grouped (tags, claimants, authors ...), in the order the site lists them
 * @param language  the default language (the first of {@code languages})
 * @param languages every language the site is published in, the default first; one, at the root, unless
 *                  site.yaml lists {@code languages:}
 * @param sdLicense the licence of the site's structured data (ClaimReview), for its data feed
 * @param requireArchived whether every source must give an archived copy ({@code archived:})
 * @param organization who runs the desk, for {@code /about/organization/}; the IFCN checks run when it is given
 * @param policies  the plain pages of the desk's policies, by kind
 * @param shareCards whether each claim gets a share card (its og:image), and the site one for its other pages
 * @param maxImageBytes a claim's image larger than this is a warning: readers on phones wait for every byte
 * @param hosting   where the site is published: the build checks the host's limits
 * @param contentSecurityPolicy the policy every page declares, replacing the theme's (for analytics or embeds
 *                  a desk adds); empty means the theme's
 */
public record SiteConfig(String title, BaseUrl baseUrl, String language, Optional<String> description,
        Publisher publisher, VerdictScale verdicts, Optional<String> theme, int pageSize, int feedSize,
        ZoneId timezone, List<String> menu, boolean rawHtml, List<TaxonomyConfig> taxonomies,
        List<LanguageConfig> languages, Optional<String> sdLicense, boolean requireArchived,
        Optional<Organization> organization, Policies policies, boolean shareCards, long maxImageBytes,
        Hosting hosting, Optional<String> contentSecurityPolicy) {

    public static final long DEFAULT_MAX_IMAGE_BYTES = 1_048_576;

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int DEFAULT_FEED_SIZE = 20;

    public SiteConfig {
        menu = List.copyOf(menu);
        taxonomies = List.copyOf(taxonomies);
        languages = languages.isEmpty() ? List.of(LanguageConfig.only(language)) : List.copyOf(languages);
    }

    /** Whether site.yaml lists more than one language (then each has its own part of the site). */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /**
     * This configuration as seen by one language's edition: its address below the language's folder, and the
     * language's own title, description and menu where it gives them.
     */
    public SiteConfig edition(LanguageConfig edition) {
        BaseUrl base = new BaseUrl(baseUrl.origin(), baseUrl.path() + edition.path());
        return new SiteConfig(edition.title().orElse(title), base, edition.code(),
                edition.description().or(() -> description), publisher, verdicts, theme, pageSize, feedSize, timezone,
                edition.menu().isEmpty() ? menu : edition.menu(), rawHtml, taxonomies, languages, sdLicense,
                requireArchived, organization, policies, shareCards, maxImageBytes, hosting, contentSecurityPolicy);
    }

    /** The language {@code code} of {@code languages}, if the site has it. */
    public Optional<LanguageConfig> languageOf(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
