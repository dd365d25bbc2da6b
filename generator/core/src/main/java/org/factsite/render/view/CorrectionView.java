package org.factsite.render.view;

/** A correction, with the claim it corrects (for the corrections log). */
public record CorrectionView(String date, String dateIso, String note, String claimTitle, String claimUrl) {
}
