package dev.errdex.api.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.jboss.logging.Logger;

/** Puts errdex's stable error code ({@code ERR_ERRDEX_nnnn}) into GraphQL errors as the extension {@code code}. */
public class ErrorCodeExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "code";
    }

    private static final Logger LOG = Logger.getLogger(ErrorCodeExtension.class);

    /** The code of the exception; an exception errdex does not know (ERR_ERRDEX_1399) is logged with its cause. */
    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        String code = ErrdexErrors.describe(exception, false).code();
        if (code.equals(ApiError.INTERNAL.code())) {
            LOG.errorf(exception, "%s: a GraphQL field failed: %s", code, exception);
        }
        return Json.createValue(code);
    }
}
