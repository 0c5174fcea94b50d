package dev.errdex.catalog.io;

import java.util.Locale;
import java.util.Optional;

/** The two file formats of an errdex catalog ({@value CatalogFile#FORMAT}); same schema, different syntax. */
public enum CatalogFormat {
    JSON("application/json"),
    YAML("application/yaml");

    private final String mediaType;

    CatalogFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name implies: {@code .json}, or {@code .yaml}/{@code .yml}. */
    public static Optional<CatalogFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
