package dev.errdex.api.graphql;

import dev.errdex.api.error.ErrdexError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A validation failure of a mutation's input, returned in its payload rather than as a GraphQL error. */
@Name("UserError")
@Description("Why a mutation did not change anything: a field of its input the caller can correct. Authorization and"
        + " system failures are GraphQL errors instead, with extensions.code.")
public record UserError(
        @Description("Path of the input field at fault, e.g. [\"input\", \"code\"]; null when the input as a whole"
                + " is at fault.") List<@NonNull String> field,
        @NonNull @Description("What is wrong and what to do; starts with the code.") String message,
        @NonNull @Description("errdex's stable code, e.g. ERR_ERRDEX_1040.") String code) {

    /** The error of {@code error} at {@code field} of the input. */
    public static UserError at(String field, ErrdexError error, Object... args) {
        return new UserError(path(field), error.message(args), error.code());
    }

    /**
     * The path of a field of the input: {@code code} becomes {@code [input, code]}, {@code guide.summary}
     * {@code [input, guide, summary]}; null for none.
     */
    static List<String> path(String field) {
        if (field == null) {
            return null;
        }
        List<String> path = new java.util.ArrayList<>();
        path.add("input");
        path.addAll(List.of(field.split("\\.")));
        return List.copyOf(path);
    }
}
