package dev.errdex.api.catalog;

import dev.errdex.catalog.CatalogEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** GraphQL view of {@link CatalogEntry.Status}. */
@Enum("Status")
@Description("Lifecycle of an error code.")
public enum ErrorStatus {
    @Description("The code is still raised.")
    ACTIVE,
    @Description("The code is retired; replacedBy names its successor, if any.")
    DEPRECATED;

    static ErrorStatus of(CatalogEntry.Status status) {
        return valueOf(status.name());
    }

    CatalogEntry.Status toStatus() {
        return CatalogEntry.Status.valueOf(name());
    }
}
