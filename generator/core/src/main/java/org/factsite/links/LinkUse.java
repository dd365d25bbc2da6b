package org.factsite.links;

/**
 * Where the archive uses an address: in which claim (its file, title and page) and as what ("source 1",
 * "appearance", "article"), and whether that source gives an archived copy.
 */
public record LinkUse(String file, String title, String page, String as, boolean archived) {
}
