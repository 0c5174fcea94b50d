package dev.errdex.api.web;

import dev.errdex.catalog.CodeSpelling;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The common errors of the seed: the Common Errors table of ngrok's Errors page, kept with the catalog as the resource
 * {@value #RESOURCE} (one code per line, most common first).
 */
@DefaultBean
@ApplicationScoped
public class SeedCommonErrors implements CommonErrorRanking {

    /** Classpath resource (in catalog-core) that lists the common codes. */
    public static final String RESOURCE = "errdex/catalog/common-errors.txt";

    private final List<String> codes = read();

    @Override
    public List<String> mostCommon(int limit) {
        return codes.subList(0, Math.min(limit, codes.size()));
    }

    private static List<String> read() {
        try (InputStream in = SeedCommonErrors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(CodeSpelling::canonical)
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
