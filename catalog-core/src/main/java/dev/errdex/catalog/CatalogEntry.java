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
 * @param sourceLocation where known, the place in the source that raises it; null otherwise (free text, kept for
 *                       catalogs written by hand; {@code sources} are the structured places)
 * @param sources        the places in the source that raise it ({@code errdex scan --record}); empty when unknown
 * @param owner          the team that owns the code (from CODEOWNERS, e.g. {@code @acme/billing}); null when unknown
 * @param sourcesPinned  true when a person set {@code sources} and {@code owner}: a recording scan leaves them
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
        List<SourceSite> sources,
        String owner,
        boolean sourcesPinned,
        Status status,
        String replacedBy) {

    /** An entry without recorded sources or owner. */
    public CatalogEntry(String code, String namespace, int number, String title, String message,
            List<String> placeholders, FixGuide fixGuide, String category, Severity severity, String docsUrl,
            List<String> symptoms, List<String> related, String ownerComponent, String sourceLocation, Status status,
            String replacedBy) {
        this(code, namespace, number, title, message, placeholders, fixGuide, category, severity, docsUrl, symptoms,
                related, ownerComponent, sourceLocation, List.of(), null, false, status, replacedBy);
    }

    public CatalogEntry {
        Objects.requireNonNull(code, "code");
        placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        related = related == null ? List.of() : List.copyOf(related);
        sources = sources == null ? List.of() : List.copyOf(sources);
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        status = status == null ? Status.ACTIVE : status;
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** A builder starting from nothing but the canonical code (namespace and number are taken from it). */
    public static Builder builder(String code) {
        CodeSpelling.CanonicalCode canonical = CodeSpelling.parse(code)
                .orElseThrow(() -> new CodeSpelling.NotACodeException(code));
        return new Builder().code(canonical.value()).namespace(canonical.namespace()).number(canonical.number());
    }

    /** A builder holding every field of this entry, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().code(code).namespace(namespace).number(number).title(title).message(message)
                .placeholders(placeholders).fixGuide(fixGuide).category(category).severity(severity)
                .docsUrl(docsUrl).symptoms(symptoms).related(related).ownerComponent(ownerComponent)
                .sourceLocation(sourceLocation).sources(sources).owner(owner).sourcesPinned(sourcesPinned)
                .status(status).replacedBy(replacedBy);
    }

    /**
     * Mutable companion of {@link CatalogEntry}. Fields left unset are null; {@link #build()} applies the record's
     * defaults (empty lists, {@link Status#ACTIVE}, {@link Severity#ERROR}).
     */
    public static final class Builder {
        private String code;
        private String namespace;
        private int number;
        private String title;
        private String message;
        private List<String> placeholders;
        private FixGuide fixGuide;
        private String category;
        private Severity severity;
        private String docsUrl;
        private List<String> symptoms;
        private List<String> related;
        private String ownerComponent;
        private String sourceLocation;
        private List<SourceSite> sources;
        private String owner;
        private boolean sourcesPinned;
        private Status status;
        private String replacedBy;

        private Builder() {
        }

        public Builder code(String value) { code = value; return this; }
        public Builder namespace(String value) { namespace = value; return this; }
        public Builder number(int value) { number = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder message(String value) { message = value; return this; }
        public Builder placeholders(List<String> value) { placeholders = value; return this; }
        public Builder fixGuide(FixGuide value) { fixGuide = value; return this; }
        public Builder category(String value) { category = value; return this; }
        public Builder severity(Severity value) { severity = value; return this; }
        public Builder docsUrl(String value) { docsUrl = value; return this; }
        public Builder symptoms(List<String> value) { symptoms = value; return this; }
        public Builder related(List<String> value) { related = value; return this; }
        public Builder ownerComponent(String value) { ownerComponent = value; return this; }
        public Builder sourceLocation(String value) { sourceLocation = value; return this; }
        public Builder sources(List<SourceSite> value) { sources = value; return this; }
        public Builder owner(String value) { owner = value; return this; }
        public Builder sourcesPinned(boolean value) { sourcesPinned = value; return this; }
        public Builder status(Status value) { status = value; return this; }
        public Builder replacedBy(String value) { replacedBy = value; return this; }

        public String code() { return code; }
        public String namespace() { return namespace; }
        public int number() { return number; }
        public String title() { return title; }
        public String message() { return message; }
        public List<String> placeholders() { return placeholders; }
        public String category() { return category; }
        public Severity severity() { return severity; }
        public String docsUrl() { return docsUrl; }
        public String ownerComponent() { return ownerComponent; }
        public String owner() { return owner; }

        public CatalogEntry build() {
            return new CatalogEntry(code, namespace, number, title, message, placeholders, fixGuide, category,
                    severity, docsUrl, symptoms, related, ownerComponent, sourceLocation, sources, owner, sourcesPinned,
                    status, replacedBy);
        }
    }

    /** Lifecycle of a code. */
    public enum Status { ACTIVE, DEPRECATED }

    /** How bad the error is for the one who meets it. */
    public enum Severity { INFO, WARNING, ERROR, CRITICAL }
}
