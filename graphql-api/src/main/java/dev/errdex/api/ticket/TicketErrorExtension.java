package dev.errdex.api.ticket;

import dev.errdex.api.catalog.CatalogErrorExtension;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Adds the errdex code of a refused ticket operation to its GraphQL error as the extension {@code errdexCode}.
 *
 * <p>SmallRye GraphQL asks every provider and writes each answer under its key, a null answer included, so two
 * providers of the same key overwrite each other. This one is listed after {@link CatalogErrorExtension} and answers
 * for catalog errors too.
 */
public class TicketErrorExtension implements ErrorExtensionProvider {

    private final CatalogErrorExtension catalog = new CatalogErrorExtension();

    @Override
    public String getKey() {
        return catalog.getKey();
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof TicketProblem p ? Json.createValue(p.code()) : catalog.mapValueFrom(exception);
    }
}
