package org.factsite.render.view;

/**
 * @param url  path of the claim that answers the question, or null while it is open
 * @param lang the answering claim's language when it differs from the page's (for {@code lang}/{@code hreflang}),
 *             else null
 */
public record RelatedView(String question, String url, String lang) {
}
