package org.factsite.search;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Taxonomy;
import org.factsite.model.Term;

/** Every claim of an edition as the search index reads it: its terms, its filters, its result card. */
public final class SearchDocuments {

    /** What a result shows of a claim in the reader's words and addresses, which the renderer knows. */
    public interface Words {

        String url(Claim claim);

        String verdictLabel(Claim claim);

        String date(Claim claim);

        /** The term a claim's spelling of it names, if the taxonomy has it. */
        Optional<Term> term(Taxonomy taxonomy, String spelling);
    }

    /** Where a claim's terms may have been kept from an earlier build of an equal claim. */
    public interface Memo {

        SearchDocument.Terms terms(Claim claim, Supplier<SearchDocument.Terms> make);
    }

    private SearchDocuments() {
    }

    /**
     * @param memo asked for each claim's terms (made of the claim's texts alone, so a preview keeps them for
     *             unchanged claims)
     */
    public static List<SearchDocument> of(Archive archive, Words words, Memo memo, TextAnalysis analysis) {
        List<Taxonomy> filtered = filtered(archive);
        return archive.claims().stream().map(claim -> {
            Map<String, Map<String, String>> filterTerms = new LinkedHashMap<>();
            for (Taxonomy taxonomy : filtered) {
                Map<String, String> terms = new LinkedHashMap<>();
                taxonomy.spellingsIn(claim).forEach(spelling -> words.term(taxonomy, spelling)
                        .ifPresent(term -> terms.putIfAbsent(term.slug(), term.name())));
                filterTerms.put(taxonomy.config().filterName(), terms);
            }
            String lang = claim.language();
            return new SearchDocument(claim.slug(), claim.checked(), lang,
                    () -> memo.terms(claim, () -> SearchDocument.Terms.of(texts(claim), lang, analysis)),
                    filterTerms, claim.verdict().key(),
                    new SearchDocument.Card(words.url(claim), claim.title(), claim.claim(), claim.verdict().key(),
                            words.verdictLabel(claim), words.date(claim), claim.checked().toString(), lang));
        }).toList();
    }

    /** The taxonomies the search page filters by, in site.yaml's order. */
    public static List<Taxonomy> filtered(Archive archive) {
        return archive.taxonomies().stream().filter(taxonomy -> taxonomy.config().search()).toList();
    }

    /** What of a claim is searched, as plain text by field. */
    static Map<SearchDocument.Field, String> texts(Claim claim) {
        Map<SearchDocument.Field, String> texts = new EnumMap<>(SearchDocument.Field.class);
        texts.put(SearchDocument.Field.TITLE, claim.title());
        texts.put(SearchDocument.Field.CLAIM, claim.claim());
        claim.claimantName().ifPresent(name -> texts.put(SearchDocument.Field.CLAIMANT, name));
        texts.put(SearchDocument.Field.TAGS, String.join(" \n ", claim.tags()));
        texts.put(SearchDocument.Field.RELATED, String.join(" \n ",
                claim.related().stream().map(r -> r.question()).toList()));
        claim.summaryHtml().ifPresent(html -> texts.put(SearchDocument.Field.SUMMARY, PlainText.of(html)));
        texts.put(SearchDocument.Field.BODY, PlainText.of(claim.bodyHtml().text()));
        return texts;
    }
}
