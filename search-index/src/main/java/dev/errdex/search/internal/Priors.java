package dev.errdex.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * How common a code is, before reading the text: the codes of the catalog's Common Errors table
 * ({@code errdex/catalog/common-errors.txt} in catalog-core, the codes customers meet most often). A common code
 * gets {@link RankWeights#prior} added to its ranking score: between two codes that the text supports about
 * equally, the one customers meet more often is more likely. Never part of the attach margin's template score.
 */
public final class Priors {

    static final String RESOURCE = "errdex/catalog/common-errors.txt";

    private static final Priors DEFAULT = load();

    private final Set<String> common;

    private Priors(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The bundled Common Errors table (empty when catalog-core's resource is not on the class path). */
    public static Priors defaults() {
        return DEFAULT;
    }

    /** 1 for a code of the Common Errors table, else 0. */
    public double of(String code) {
        return common.contains(code) ? 1.0 : 0.0;
    }

    private static Priors load() {
        Set<String> codes = new HashSet<>();
        try (InputStream in = Priors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Priors(codes);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    codes.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Priors(codes);
    }
}
