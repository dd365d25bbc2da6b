package org.factsite.write;

/**
 * What a build wrote, as hosts count it: the whole site, its largest file and its fullest folder.
 *
 * @param folders       folders below the site's root
 * @param folderEntries files and folders directly in {@code fullestFolder} ("" is the site's root)
 */
public record SiteSize(long files, long folders, long bytes, String largestFile, long largestBytes,
        String fullestFolder, long folderEntries) {
}
