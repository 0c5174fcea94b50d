package dev.errdex.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL input of errorCodeDeprecate. */
@Input("ErrorCodeDeprecateInput")
@Description("A code to mark deprecated, and the code that replaces it.")
public class ErrorCodeDeprecateInput {

    @NonNull
    @Description("The code, any spelling.")
    public String code;

    @Description("The code that replaces it, any spelling; left out when there is none.")
    public String replacedBy;
}
