package org.factsite.render.feed;

/**
 * A CSV cell that a spreadsheet reads as text, never as a formula (OWASP, "CSV Injection"). Excel, LibreOffice
 * and Google Sheets evaluate a cell that starts with {@code =}, {@code +}, {@code -} or {@code @}, and some
 * skip a leading tab or carriage return first; a claim quotes what circulates, so such a start is ordinary and
 * may be hostile ({@code =HYPERLINK(...)}). Such a cell gets a leading apostrophe, which makes it text; every
 * column follows the same rule, and the JSON feed keeps the exact text.
 */
final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    static String of(Object value) {
        String text = value == null ? "" : value.toString();
        return startsFormula(text) ? "'" + text : text;
    }

    private static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
