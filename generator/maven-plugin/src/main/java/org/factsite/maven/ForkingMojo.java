package org.factsite.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugins.annotations.Parameter;
import org.factsite.cache.CodeLocations;
import org.factsite.fork.ForkOptions;

/** The parameters of the goals that read the whole archive (generate, check): where and how their JVM runs. */
abstract class ForkingMojo extends ArchiveMojo {

    /**
     * Run in a JVM of its own, started with settings fit for the work (the serial collector and a class-data
     * sharing archive), instead of in Maven's JVM, whose collector and heap are sized for other work: the same
     * time or less in less than half the memory (docs/performance.md). False runs inside Maven's JVM.
     */
    @Parameter(property = "factsite.fork", defaultValue = "true")
    protected boolean fork;

    /**
     * Where the site is written (generate; the folder is replaced as a whole when the build succeeds), and where
     * check reads the claims generate's last build parsed, instead of parsing them again.
     */
    @Parameter(property = "factsite.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    protected File outputDirectory;

    /** Fail on warnings too (for CI): an uncited source, a missing alt text ... */
    @Parameter(property = "factsite.strict", defaultValue = "false")
    protected boolean strict;

    /** Skip the goal. */
    @Parameter(property = "factsite.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Options for the forked JVM, replacing the defaults ({@code -XX:+UseSerialGC -XX:MinHeapFreeRatio=10
     * -XX:MaxHeapFreeRatio=30 -XX:NewRatio=4}); e.g. {@code -XX:+UseSerialGC -Xmx2g}.
     */
    @Parameter(property = "factsite.jvmArgs")
    private String jvmArgs;

    /**
     * Where the forked JVM keeps its class-data sharing archives (one per goal, made by its first run, about
     * 20 MB; later runs start faster with them). Beside the plugin in the local repository by default, so CI
     * caches that keep the repository keep them too; empty for none.
     */
    @Parameter(property = "factsite.classDataDirectory",
            defaultValue = "${settings.localRepository}/org/factsite/factsite-maven-plugin/${plugin.version}/class-data")
    private File classDataDirectory;

    /** Whether the goal is skipped ({@code factsite.skip}); says so when it is. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("FactSite: skipped (factsite.skip)");
        }
        return skip;
    }

    /** The forked JVM runs the plugin's own jars, as its class realm lists them. */
    protected ForkOptions forkOptions() {
        ForkOptions options = ForkOptions.of(CodeLocations.filesOf(getClass().getClassLoader()))
                .withClassData(classDataDirectory == null || classDataDirectory.getPath().isBlank() ? null
                        : classDataDirectory.toPath());
        return jvmArgs == null || jvmArgs.isBlank() ? options
                : options.withJvmArgs(List.of(jvmArgs.trim().split("\\s+")));
    }
}
