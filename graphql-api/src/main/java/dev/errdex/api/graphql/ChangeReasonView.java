package dev.errdex.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL enum of kinds of catalog change (same names as {@link dev.errdex.catalog.service.CatalogChanged.Reason}). */
@Name("ChangeReason")
@Description("What kind of change made a code change.")
public enum ChangeReasonView {
    @Description("Added or replaced (upsertErrorCode, errorCodeUpsert).")
    UPSERT,
    @Description("Its fix guide was replaced or removed.")
    FIX_GUIDE,
    @Description("Marked deprecated.")
    DEPRECATE,
    @Description("Imported from a catalog file or folder.")
    IMPORT,
    @Description("Loaded from the bundled catalog.")
    SEED
}
