package dev.errdex.api.catalog;

import dev.errdex.catalog.CatalogException;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds errdex's stable error code ({@code ERR_ERRDEX_nnnn}) to GraphQL errors as the extension {@code errdexCode}. */
public class CatalogErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "errdexCode";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof CatalogException e ? Json.createValue(e.error().code()) : null;
    }
}
