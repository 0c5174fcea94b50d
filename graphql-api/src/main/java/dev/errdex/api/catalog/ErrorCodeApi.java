package dev.errdex.api.catalog;

import dev.errdex.catalog.service.CatalogFilter;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.api.relay.Paging;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The catalog's GraphQL queries: thin mapping onto {@link CatalogService}. */
@GraphQLApi
public class ErrorCodeApi {

    @Inject
    CatalogService catalog;

    @Inject
    dev.errdex.api.security.ReadAccess access;

    @Query("errorCode")
    @Description("The error code with this code in any spelling (ERR_NGROK_8012, err-ngrok-8012, 8012...);"
            + " null when it is not a code or not in the catalog.")
    public ErrorCode errorCode(@NonNull @Name("code") @Description("The code, in any spelling.") String code) {
        access.require();
        return catalog.find(code).map(ErrorCode::of).orElse(null);
    }

    @Query("errorCodes")
    @Description("Error codes in code order, a page at a time: first/after pages forwards, last/before backwards."
            + " Errors: ERR_ERRDEX_1041 for a bad cursor, ERR_ERRDEX_1042 for a page size out of range,"
            + " ERR_ERRDEX_1375 for first and last together.")
    public ErrorCodeConnection errorCodes(
            @Name("first") @Description("Page size; 20 when left out, at most 500.") Integer first,
            @Name("after") @Description("The endCursor of the previous page; left out for the first page.")
            String after,
            @Name("filter") @Description("Narrows the listing; left out for all codes.") ErrorCodeFilter filter,
            @Name("last") @Description("Page size counted from the end (0 to 500), instead of first.") Integer last,
            @Name("before") @Description("The startCursor of the following page; with last, to page backwards.")
            String before) {
        access.require();
        return ErrorCodeConnection.of(catalog.list(filter == null ? CatalogFilter.ALL : filter.toFilter(),
                Paging.request(first, after, last, before)));
    }
}
