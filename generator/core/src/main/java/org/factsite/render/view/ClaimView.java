package org.factsite.render.view;

import java.util.List;
import java.util.Map;

/**
 * One claim as templates see it; dates are given both formatted for the page's language and as ISO 8601.
 * Optional values are null when absent. {@code summaryHtml} and {@code bodyHtml} are rendered, safe HTML;
 * {@code bodyHtml} is given on the claim's own page only (null in lists, which never show bodies).
 *
 * @param summaryStandaloneHtml the summary for list pages: no anchor ids, links from the host's root (a citation
 *                              leads to the source on the claim's page of the same site, the preview's too)
 * @param corrections oldest first
 * @param claimantPage the claimant's page on this site (claims by them), or null
 * @param authorPages  each author as a link to their page, when authors are a taxonomy; else empty
 * @param status      null when published; {@code draft} or {@code scheduled} in builds that show those
 * @param statusLabel what to tell the reader about that status, in the claim's language; null when published
 * @param media       the image or video the check is about, with its rating, or null
 * @param otherTerms  the claim's terms of the desk's own taxonomies (a region ...), each list under its heading
 */
public record ClaimView(String slug, String url, String title, String claim, VerdictView verdict,
        String checked, String checkedIso, String updated, String updatedIso, String claimant, String claimantUrl,
        String claimantPage, List<String> appearances, List<String> authors, List<LinkView> authorPages, List<TagView> tags, String language, String summaryHtml,
        String summaryStandaloneHtml, String bodyHtml, ImageView image, MediaView media, List<SourceView> sources, List<RelatedView> related,
        List<CorrectionView> corrections, Map<String, Object> extra, String status, String statusLabel,
        List<TermListView> otherTerms) {
}
