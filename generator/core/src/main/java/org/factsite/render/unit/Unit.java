package org.factsite.render.unit;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One file of an edition, made from a key: a page through its template ({@link PageUnit}), a feed
 * ({@link FeedUnit}) or a drawn image ({@link ImageUnit}). The key is the data the file is made of, cheaper to make than the file; the renderer
 * digests it, and a file whose key the output holds is kept instead of made again. Every file the renderer
 * writes from the archive goes this one way.
 */
public sealed interface Unit permits PageUnit, FeedUnit, ImageUnit {

    /** Where the unit lives below its edition's folder: a page's folder ({@code claims/x/}), a feed's file. */
    String sitePath();

    /** The file written, below the edition's folder. */
    String file();

    /** What makes the file (a template's name, a feed's address): digested with the key. */
    String maker();

    Supplier<Map<String, Object>> key();
}
