package dev.errdex.api.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Puts errdex's stable error code ({@code ERR_ERRDEX_nnnn}) into GraphQL errors as the extension {@code code}. */
public class ErrorCodeExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "code";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return Json.createValue(ErrdexErrors.describe(exception, false).code());
    }
}
