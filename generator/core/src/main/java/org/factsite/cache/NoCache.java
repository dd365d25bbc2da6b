package org.factsite.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.FileWalk;
import org.factsite.render.unit.PageKeys;
import org.factsite.validate.CheckWork;
import org.factsite.model.Resource;

/** Reuses nothing: every build parses and renders everything. The reference the other caches must equal. */
final class NoCache implements BuildCache {

    @Override
    public Optional<Summary> open(BuildInputs inputs, Diagnostics diagnostics) {
        return Optional.empty();
    }

    @Override
    public Optional<Parsed> parsed(FileWalk.Entry file, List<Resource> resources) {
        return Optional.empty();
    }

    @Override
    public void parsedNow(Path file, List<Resource> resources, Parsed parsed) {
    }

    @Override
    public void parsingDone() {
    }

    @Override
    public CheckWork checkWork() {
        return CheckWork.NONE;
    }

    @Override
    public PageKeys pageKeys() {
        return PageKeys.NONE;
    }

    @Override
    public Optional<Set<String>> outputFiles() {
        return Optional.empty();
    }

    @Override
    public void record(Summary summary, Diagnostics diagnostics) {
    }

    @Override
    public void close() {
    }
}
