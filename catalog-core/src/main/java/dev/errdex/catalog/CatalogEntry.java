package dev.errdex.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One error code as the catalog knows it: the content that import, export, search and triage share.
 * Storage metadata (revision, timestamps, who edited) lives with the persistent entity, not here.
 *
 * @param code           canonical code, e.g. {@code ERR_NGROK_8012}
 * @param namespace      prefix, e.g. {@code ERR_NGROK}
 * @param number         the number part, e.g. 8012
 * @param title          short human title
 * @param message        message template; placeholders are upper-case words such as {@code ADDR}
 * @param placeholders   the named slots of {@code message}, in order of first appearance
 * @param fixGuide       how to fix it; null when the catalog has no guide yet
 * @param category       product area, see {@link Category}
 * @param severity       how bad it is for the user
 * @param docsUrl        public page for the code
 * @param symptoms       how customers describe the problem in their own words
 * @param related        canonical codes of related errors
 * @param ownerComponent the component that raises it (agent, cloud edge, dashboard, API...)
 * @param sourceLocation where known, the place in the source that raises it; null otherwise
 * @param status         active or deprecated
 * @param replacedBy     for a deprecated code, the code that replaces it; null otherwise
 */
public record CatalogEntry(
        String code,
        String namespace,
        int number,
        String title,
        String message,
        List<String> placeholders,
        FixGuide fixGuide,
        String category,
        Severity severity,
        String docsUrl,
        List<String> symptoms,
        List<String> related,
        String ownerComponent,
        String sourceLocation,
        Status status,
        String replacedBy) {

    public CatalogEntry {
        Objects.requireNonNull(code, "code");
        placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        related = related == null ? List.of() : List.copyOf(related);
        status = status == null ? Status.ACTIVE : status;
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** Lifecycle of a code. */
    public enum Status { ACTIVE, DEPRECATED }

    /** How bad the error is for the one who meets it. */
    public enum Severity { INFO, WARNING, ERROR, CRITICAL }
}
