package org.factsite.render.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.factsite.image.ImageCodecs;
import org.factsite.model.Claim;
import org.factsite.model.Resource;
import org.factsite.render.unit.ImageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.values.Digests;

/**
 * The smaller copies of the wide photos in claims' folders ({@code photo.480w.jpg} ...), which pages offer in
 * {@code srcset}. Each is keyed by the photo's bytes and its width: a copy is made again only when its photo
 * changes.
 */
public final class SmallerCopies implements UnitKind {

    private final ImageCodecs codecs;

    public SmallerCopies(ImageCodecs codecs) {
        this.codecs = codecs;
    }

    @Override
    public List<ImageUnit> units(RenderParts parts) {
        List<ImageUnit> units = new ArrayList<>();
        for (Claim claim : parts.archive().claims()) {
            // An author's own file of a copy's name wins (validation warns about it).
            Set<String> names = claim.resources().stream().map(Resource::name).collect(Collectors.toSet());
            for (Resource resource : claim.resources()) {
                Path file = claim.file().resolveSibling(resource.path());
                resource.copies().stream().filter(copy -> !names.contains(copy.name())).forEach(copy -> units.add(
                        new ImageUnit(claim.sitePath() + copy.name(), () -> key(file, copy.width()),
                                key -> copy(resource.name(), file, copy.width()), ImageUnit.Made.SMALLER_COPY)));
            }
        }
        return units;
    }

    private static Map<String, Object> key(Path file, int width) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("photo", Digests.sha256(read(file)));
        key.put("width", width);
        return key;
    }

    private byte[] copy(String name, Path file, int width) {
        try {
            return codecs.smallerCopy(name, read(file), width);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a smaller copy of " + file, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
