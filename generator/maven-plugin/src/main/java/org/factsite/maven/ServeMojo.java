package org.factsite.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.factsite.preview.LivePreview;

/**
 * The live preview: {@code mvn site:serve} builds the archive (drafts and future claims included, marked),
 * serves it at {@code http://127.0.0.1:8100/<base path>/}, and after every change to the content or theme
 * rebuilds what changed and reloads the open pages. Content errors are shown in the terminal and over the
 * page; the last good site stays served. Ctrl-C stops.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends ArchiveMojo {

    /** Where the preview's site is written: not the published site's folder. */
    @Parameter(property = "factsite.previewDirectory", defaultValue = "${project.build.directory}/preview",
            required = true)
    private File previewDirectory;

    /** The address to listen on; the default keeps the preview on this machine, 0.0.0.0 shows it to others. */
    @Parameter(property = "factsite.host", defaultValue = "127.0.0.1")
    private String host;

    /** The port; 0 picks a free one. */
    @Parameter(property = "factsite.port", defaultValue = "8100")
    private int port;

    @Override
    public void execute() throws MojoExecutionException {
        LivePreview preview = new LivePreview(request(previewDirectory.toPath()), host, port, System.out, System.err);
        Thread stop = new Thread(preview::close, "factsite-preview-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            getLog().info("FactSite: serving " + preview.start() + " (drafts and future claims included). Ctrl-C stops.");
            preview.join();
        } catch (IOException e) {
            throw new MojoExecutionException("FactSite could not start the preview: " + e.getMessage()
                    + " (is the port taken? choose another with -Dfactsite.port=...)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is already stopping: the hook runs anyway
            }
        }
    }
}
