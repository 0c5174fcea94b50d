package dev.errdex.api.graphql;

import dev.errdex.api.catalog.ErrorSeverity;
import dev.errdex.catalog.CatalogEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL input of a whole entry. */
@Input("ErrorCodeInput")
@Description("An error code to add or replace. Fields left out are derived (title from the message, category,"
        + " severity, placeholders) as for imports; see docs/catalog.md.")
public class ErrorCodeInput {

    @NonNull
    @Description("The code in any spelling, e.g. ERR_ACME_12 or err-acme-12.")
    public String code;

    @NonNull
    @Description("The message template as the product prints it; placeholders as upper-case names.")
    public String message;

    @Description("Short human title.")
    public String title;

    @Description("Product area id, e.g. traffic-policy (see the categories query).")
    public String category;

    @Description("How bad the error is.")
    public ErrorSeverity severity;

    @Description("Public reference page.")
    public String docsUrl;

    @Description("How customers describe the problem in their own words.")
    public List<String> symptoms;

    @Description("Codes of related errors, any spelling.")
    public List<String> related;

    @Description("The component that raises the code.")
    public String ownerComponent;

    @Description("How to fix it.")
    public FixGuideInput fixGuide;

    CatalogEntry toEntry() {
        CatalogEntry.Builder b;
        try {
            b = CatalogEntry.builder(code);
        } catch (dev.errdex.catalog.CodeSpelling.NotACodeException e) {
            // a validation failure of the input (ERR_ERRDEX_1042), not an internal one
            throw new dev.errdex.catalog.CatalogException(dev.errdex.catalog.CatalogError.INVALID_ARGUMENT,
                    "code: " + e.getMessage(), e);
        }
        b.message(message).title(title).category(category)
                .docsUrl(docsUrl).symptoms(symptoms).ownerComponent(ownerComponent)
                .fixGuide(fixGuide == null ? null : fixGuide.toGuide());
        if (severity != null) {
            b.severity(CatalogEntry.Severity.valueOf(severity.name()));
        }
        if (related != null) {
            b.related(related.stream().map(r -> dev.errdex.catalog.CodeSpelling.canonical(r).orElse(r)).toList());
        }
        return b.build();
    }
}
