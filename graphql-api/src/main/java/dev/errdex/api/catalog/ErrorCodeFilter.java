package dev.errdex.api.catalog;

import dev.errdex.catalog.service.CatalogFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** GraphQL input narrowing a listing; fields left out do not filter. */
@Input("ErrorCodeFilter")
@Description("Narrows a listing of error codes; fields left out do not filter.")
public class ErrorCodeFilter {

    @Description("Product area id, e.g. traffic-policy.")
    public String category;

    @Description("ACTIVE or DEPRECATED.")
    public ErrorStatus status;

    @Description("Namespace prefix, e.g. ERR_NGROK.")
    public String namespace;

    @Description("Case-insensitive text found in the code, title or message.")
    public String text;

    CatalogFilter toFilter() {
        return new CatalogFilter(category, status == null ? null : status.toStatus(), namespace, text);
    }
}
