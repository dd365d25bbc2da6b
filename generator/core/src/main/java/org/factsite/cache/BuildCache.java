package org.factsite.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.FileWalk;
import org.factsite.parse.ClaimDraft;
import org.factsite.render.unit.PageKeys;
import org.factsite.model.Resource;
import org.factsite.validate.CheckWork;

/**
 * The one seam between a build and what it may reuse from earlier builds. The build's steps ask it questions
 * ("is this the last build again?", "do I have this file parsed?", "is this page's key unchanged?") and tell
 * it what they made; at the end it is told to record the build, or closed without, which forgets what it
 * learned in a failed build. Three implementations: {@link #none()}, a clean build and the reference every
 * test compares against; {@link DiskCache}, the command line's and Maven's (a record of the last build and
 * its parsed claims beside the output); {@link MemoryCache}, the preview's. Answers never change output: a
 * warm build writes the bytes a clean one writes.
 */
public interface BuildCache extends AutoCloseable {

    /** A claim file as parsed: the draft, if the file could be read as one, and its problems. */
    record Parsed(Optional<ClaimDraft> draft, List<Diagnostic> diagnostics) {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** What a successful build made: the number of claims, its files and bytes, its warnings, its files' paths. */
    record Summary(int claims, long files, long bytes, List<Diagnostic> warnings, Set<String> outputFiles) {
        public Summary {
            warnings = List.copyOf(warnings);
            outputFiles = Set.copyOf(outputFiles);
        }
    }

    static BuildCache none() {
        return new NoCache();
    }

    /**
     * Starts a build under {@code inputs} (problems reading what earlier builds left are warnings in
     * {@code diagnostics}). Returns the last build's summary when every input file, option and today are as they
     * were then and its output is untouched: the build then has nothing to do.
     */
    Optional<Summary> open(BuildInputs inputs, Diagnostics diagnostics);

    /**
     * {@code file} (as the listing of the content found it: its size and times) as parsed earlier from the same
     * bytes and folder files under equal parse settings ({@link BuildInputs#parsing}).
     */
    Optional<Parsed> parsed(FileWalk.Entry file, List<Resource> resources);

    /** Tells what parsing {@code file} gave; called from several threads. */
    void parsedNow(Path file, List<Resource> resources, Parsed parsed);

    /** Every claim file is parsed (a cache may start keeping them while the build goes on). */
    void parsingDone();

    /** What the checks may carry on from an earlier build's (orders, indexes); they give the same result without. */
    CheckWork checkWork();

    /** What the renderer asks about pages, under this build's theme, options and content outside claims. */
    PageKeys pageKeys();

    /** The files the output folder holds as the last build left them, when known (saves listing it). */
    Optional<Set<String>> outputFiles();

    /** The build succeeded and its output is in place: keep what it learned for the next one. */
    void record(Summary summary, Diagnostics diagnostics);

    /** Ends this build; without {@link #record} first, forgets what it learned. */
    @Override
    void close();
}
