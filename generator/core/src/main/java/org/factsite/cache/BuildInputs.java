package org.factsite.cache;

import java.time.LocalDate;

/**
 * What a build's output depends on besides its input files and the generator's code, made once, from the
 * request and site.yaml, before the build reads anything else.
 *
 * @param options the request's options as text (drafts, future, strict, size limit, base address, theme folder)
 * @param today   today in the site's time zone, as publishing reckons it
 * @param parsing what parsing a claim depends on besides its file and the code: base address, raw HTML, size
 *                limit, languages
 */
public record BuildInputs(String options, LocalDate today, String parsing) {

    /** Everything the output depends on besides files and code, as text: under other inputs no page is kept. */
    public String text() {
        return options + "|today=" + today;
    }
}
