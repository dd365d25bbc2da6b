package org.factsite.render;

import java.nio.file.Path;

import org.w3c.dom.Document;

/** Lets tests in other packages parse XML the way {@link FeedsTest} does (no DTDs, namespace-aware). */
public final class FeedsTestAccess {

    private FeedsTestAccess() {
    }

    public static Document parse(Path file) throws Exception {
        return FeedsTest.parse(file);
    }
}
