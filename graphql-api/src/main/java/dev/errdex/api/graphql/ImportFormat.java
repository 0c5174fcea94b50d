package dev.errdex.api.graphql;

import dev.errdex.catalog.io.CatalogFormat;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** GraphQL view of {@link CatalogFormat}. */
@Enum("ImportFormat")
@Description("Syntax of an errdex catalog file.")
public enum ImportFormat {
    @Description("JSON.")
    JSON,
    @Description("YAML.")
    YAML;

    CatalogFormat toFormat() {
        return CatalogFormat.valueOf(name());
    }
}
