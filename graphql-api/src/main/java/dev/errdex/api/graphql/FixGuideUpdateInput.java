package dev.errdex.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL input of fixGuideUpdate. */
@Input("FixGuideUpdateInput")
@Description("The new fix guide of a code, or none to remove it.")
public class FixGuideUpdateInput {

    @NonNull
    @Description("The code, any spelling.")
    public String code;

    @Description("The new guide; left out to remove the guide.")
    public FixGuideInput guide;
}
