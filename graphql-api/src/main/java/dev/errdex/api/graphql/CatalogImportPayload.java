package dev.errdex.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL result of catalogImport. */
@Name("CatalogImportPayload")
@Description("What an import did, or why the file could not be imported at all.")
public record CatalogImportPayload(
        @Description("What the import did (entries it skipped are in its rejected list); null when the file could"
                + " not be read as a catalog.") ImportReportView report,
        @NonNull @Description("Why the file could not be imported; empty when it was read.")
        List<@NonNull UserError> userErrors) {
}
