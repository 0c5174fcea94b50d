package dev.errdex.api.ticket;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds the errdex code of a refused ticket operation to its GraphQL error as the extension {@code errdexCode}. */
public class TicketErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "errdexCode";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof TicketProblem p ? Json.createValue(p.code()) : null;
    }
}
