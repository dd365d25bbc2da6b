package org.factsite.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.factsite.config.TaxonomyConfig;
import org.factsite.text.Slugs;

/** A way of grouping claims (see {@link TaxonomyConfig}) with its terms, alphabetical by slug. */
public record Taxonomy(TaxonomyConfig config, List<Term> terms) {

    public Taxonomy {
        terms = List.copyOf(terms);
    }

    public String name() {
        return config.name();
    }

    public String sitePath() {
        return SiteLayout.taxonomy(config.path());
    }

    /** The term a claim's spelling belongs to, through the aliases; empty for a spelling no page was made of. */
    public Optional<Term> termOf(String spelling) {
        String slug = Slugs.slugify(canonical(spelling));
        return terms.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** The one name of {@code spelling}: its alias's, or itself. */
    public String canonical(String spelling) {
        return config.aliases().getOrDefault(Slugs.slugify(spelling), spelling);
    }

    /** The terms as {@code claim} spells them in the field this taxonomy reads, in its order. */
    public List<String> spellingsIn(Claim claim) {
        return spellingsIn(claim, config.field());
    }

    static List<String> spellingsIn(Claim claim, String field) {
        switch (field) {
            case "tags":
                return claim.tags();
            case "authors":
                return claim.authors();
            case "claimant":
                return claim.claimantName().map(List::of).orElse(List.of());
            default:
                Object value = claim.extra().get(field.substring("extra.".length()));
                if (value instanceof String text) {
                    return List.of(text);
                }
                List<String> texts = new ArrayList<>();
                if (value instanceof List<?> list) {
                    list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
                }
                return Collections.unmodifiableList(texts);
        }
    }
}
