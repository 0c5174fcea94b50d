package dev.errdex.api.catalog;

import dev.errdex.catalog.CatalogEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** GraphQL view of {@link CatalogEntry.Severity}. */
@Enum("Severity")
@Description("How bad an error is for the one who meets it.")
public enum ErrorSeverity {
    @Description("A notice; nothing is blocked.")
    INFO,
    @Description("Transient or self-healing: rate limits, time-outs, expired sessions, deprecations.")
    WARNING,
    @Description("Something the user must fix before it works.")
    ERROR,
    @Description("The account is suspended or banned, or the service itself failed.")
    CRITICAL;

    static ErrorSeverity of(CatalogEntry.Severity severity) {
        return valueOf(severity.name());
    }
}
