package dev.errdex.api.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL input of catalogImport. */
@Input("CatalogImportInput")
@Description("An errdex catalog file to import, given as text.")
public class CatalogImportInput {

    @NonNull
    @Description("JSON or YAML.")
    public ImportFormat format;

    @NonNull
    @Description("The catalog file (format: errdex-catalog/1).")
    public String content;

    @DefaultValue("false")
    @Description("Report what would change, write nothing.")
    public boolean dryRun;
}
