package org.factsite.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.factsite.config.BaseUrl;
import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;

/**
 * One language's edition of the site (the whole site, when it has one language) as one immutable value:
 * configuration, every published claim (newest first), plain pages, and the indexes built from them
 * (taxonomies' terms alphabetical by slug, questions by normalised text). Its configuration's address and
 * language are the edition's ({@code /vi/}, {@code vi}); {@link #root} is the site's.
 */
public final class Archive {

    /** Newest check first; the same day by title, then slug, so the order never depends on the file system. */
    public static final Comparator<Claim> NEWEST_FIRST = Comparator.comparing(Claim::checked).reversed()
            .thenComparing(Claim::title)
            .thenComparing(Claim::slug);

    private final SiteConfig site;
    private final List<Claim> claims;
    private final List<Page> pages;
    private final List<Taxonomy> taxonomies;
    private final List<Question> questions;
    private final Map<String, Claim> bySlug;
    private final Map<String, Claim> byTranslationKey;
    private final BaseUrl root;

    public Archive(SiteConfig site, List<Claim> claims, List<Page> pages, List<Taxonomy> taxonomies,
            List<Question> questions) {
        this(site, claims, pages, taxonomies, questions, site.baseUrl());
    }

    /** @param root the site's address, where the editions' shared files (assets, sitemap) live */
    public Archive(SiteConfig site, List<Claim> claims, List<Page> pages, List<Taxonomy> taxonomies,
            List<Question> questions, BaseUrl root) {
        this.site = site;
        this.root = root;
        this.claims = claims.stream().sorted(NEWEST_FIRST).toList();
        this.pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
        this.taxonomies = List.copyOf(taxonomies);
        this.questions = List.copyOf(questions);
        this.bySlug = this.claims.stream().collect(Collectors.toUnmodifiableMap(Claim::slug, Function.identity()));
        // Unique within an edition of several languages (validated); on one edition the first keeps a key.
        this.byTranslationKey = this.claims.stream().collect(Collectors.toUnmodifiableMap(Claim::translationKey,
                Function.identity(), (first, second) -> first));
    }

    /** The site's root address (the edition's own is {@code site().baseUrl()}). */
    public BaseUrl root() {
        return root;
    }

    /** The edition's folder below the site's root, with a trailing slash ({@code vi/}), or empty for the root. */
    public String folder() {
        return site.baseUrl().path().substring(root.path().length());
    }

    /** This edition's claim with {@code translationKey}, if it has one. */
    public Optional<Claim> translation(String translationKey) {
        return Optional.ofNullable(byTranslationKey.get(translationKey));
    }

    public SiteConfig site() {
        return site;
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The plain pages that hold the desk's policies, by kind ({@code about} ...), in site.yaml's order. */
    public Map<String, Page> policyPages() {
        Map<String, Page> policies = new java.util.LinkedHashMap<>();
        site.policies().slugs().forEach((kind, slug) -> pages.stream().filter(p -> p.slug().equals(slug)).findFirst()
                .ifPresent(page -> policies.put(kind, page)));
        return java.util.Collections.unmodifiableMap(policies);
    }

    /** The taxonomies in site.yaml's order. */
    public List<Taxonomy> taxonomies() {
        return taxonomies;
    }

    /** The first taxonomy that reads {@code field} ({@code tags}, {@code claimant}, {@code authors}), if any. */
    public Optional<Taxonomy> taxonomyOf(String field) {
        return taxonomies.stream().filter(t -> t.config().field().equals(field)).findFirst();
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Claim> claim(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The claims with {@code verdict}, newest first. */
    public List<Claim> claimsWith(Verdict verdict) {
        return claims.stream().filter(c -> c.verdict().key().equals(verdict.key())).toList();
    }

    /** Every correction of the archive with its claim, newest first. */
    public List<CorrectedClaim> corrections() {
        return claims.stream()
                .flatMap(c -> c.corrections().stream().map(k -> new CorrectedClaim(k, c)))
                .sorted(Comparator.comparing((CorrectedClaim k) -> k.correction().date()).reversed()
                        .thenComparing(k -> k.claim().slug()))
                .toList();
    }

    /** The site menu: site.yaml's {@code menu} order, else pages by their {@code menu} number. */
    public List<Page> menu() {
        if (!site.menu().isEmpty()) {
            return site.menu().stream().flatMap(slug -> pages.stream().filter(p -> p.slug().equals(slug))).toList();
        }
        return pages.stream().filter(p -> p.menu().isPresent())
                .sorted(Comparator.comparingInt((Page p) -> p.menu().getAsInt()).thenComparing(Page::slug))
                .toList();
    }

    public record CorrectedClaim(Correction correction, Claim claim) {
    }
}
