package org.factsite.site;

import java.util.List;
import java.util.function.Consumer;

import org.factsite.cache.MemoryCache;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.render.PageAhead;

/**
 * Builds an archive again and again for a live preview, each time doing only what the changes since the
 * last build need: claim files parse again only when they changed, pages render again only when their model
 * changed, and only files whose bytes changed are written, in place. Drafts and future claims are included
 * (their pages say what they are). One builder per preview; {@link #rebuild()} calls are serialized.
 */
public final class PreviewBuilder {

    private final BuildRequest request;
    private final MemoryCache cache;

    /** @param request where the content is and where the preview site goes; drafts and future claims are turned on */
    public PreviewBuilder(BuildRequest request) {
        this.request = request.withDrafts(true).withFuture(true);
        this.cache = new MemoryCache(this.request.contentDirectory(), this.request.themeDirectory());
    }

    public BuildRequest request() {
        return request;
    }

    /**
     * Brings the preview site up to date with the content.
     *
     * @throws ContentErrorsException when the archive has errors; the site is then left as the last good build made it
     */
    public synchronized PreviewBuild rebuild() throws ContentErrorsException {
        return rebuild(pages -> { });
    }

    /**
     * Brings the preview site up to date with the content, handing the pages of the few claims that changed to
     * {@code ahead} as soon as they are made, before the rest of the site (which the site on disk waits for).
     *
     * @throws ContentErrorsException when the archive has errors; the site is then left as the last good build made it
     */
    public synchronized PreviewBuild rebuild(Consumer<List<PageAhead>> ahead) throws ContentErrorsException {
        try {
            return new SiteBuild(request, cache).preview(ahead);
        } catch (RuntimeException e) {
            // Content errors leave the site and the memory of it as they were; an unexpected failure may have
            // left the site anywhere between two builds, so the next one trusts nothing it remembers.
            cache.forget();
            throw e;
        }
    }
}
