package dev.errdex.catalog.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.errdex.catalog.io.CatalogFormat;

/** The Jackson mappers of catalog files, configured once. */
public final class CatalogMappers {

    public static final ObjectMapper JSON = new ObjectMapper();

    public static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private static final ObjectWriter JSON_WRITER = JSON.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private CatalogMappers() {
    }

    public static ObjectMapper mapper(CatalogFormat format) {
        return format == CatalogFormat.JSON ? JSON : YAML;
    }

    /** A writer that leaves the target stream open and produces stable, diff-friendly output (2-space indent, one field per line). */
    public static ObjectWriter writer(CatalogFormat format) {
        ObjectWriter writer = format == CatalogFormat.JSON ? JSON_WRITER : YAML.writer();
        return writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
