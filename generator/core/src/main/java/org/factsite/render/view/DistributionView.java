package org.factsite.render.view;

import java.util.List;

/**
 * How a group of claims was rated: one entry per verdict that occurs, in the scale's order; the counts add
 * up to {@code total}. Templates show it as text and as a bar whose {@code label} says the same in words.
 *
 * @param totalText e.g. "4 fact-checks", in the page's language
 * @param label     e.g. "False: 3, Mostly false: 1 (4 fact-checks)", for the bar's accessible name
 */
public record DistributionView(int total, String totalText, List<Entry> entries, String label) {

    /** @param start how many claims come before this verdict's in the bar (its part starts there) */
    public record Entry(VerdictView verdict, int count, int start) {
    }
}
