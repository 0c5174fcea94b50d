package dev.errdex.api.graphql;

import dev.errdex.api.catalog.ErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL result of the payload-style mutations of one error code. */
@Name("ErrorCodePayload")
@Description("The error code after the change, or why nothing changed.")
public record ErrorCodePayload(
        @Description("The code as stored now; null when the change was refused.") ErrorCode errorCode,
        @NonNull @Description("Why the change was refused; empty when it was made.")
        List<@NonNull UserError> userErrors) {

    static ErrorCodePayload of(MutationOutcome<ErrorCode> outcome) {
        return new ErrorCodePayload(outcome.result(), outcome.userErrors());
    }
}
