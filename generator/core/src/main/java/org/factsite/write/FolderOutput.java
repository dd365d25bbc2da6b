package org.factsite.write;

/**
 * The part of an output below one folder ({@code vi/}): a language's edition renders as if it were the whole
 * site, and its files land in its folder.
 */
public final class FolderOutput implements SiteOutput {

    private final SiteOutput output;
    private final String folder;

    /** @param folder with a trailing slash */
    public FolderOutput(SiteOutput output, String folder) {
        this.output = output;
        this.folder = folder;
    }

    @Override
    public void writeBytes(String sitePath, byte[] content) {
        output.writeBytes(folder + sitePath, content);
    }

    @Override
    public boolean produced(String sitePath) {
        return output.produced(folder + sitePath);
    }

    @Override
    public boolean keep(String sitePath) {
        return output.keep(folder + sitePath);
    }
}
