package org.factsite.load;

import java.nio.file.Path;

/**
 * A text file of the archive as the parser sees it: decoded as UTF-8, byte-order mark removed and
 * line endings normalised to {@code \n}, so line numbers match what an editor shows.
 */
public record ContentFile(Path path, String text) {
}
