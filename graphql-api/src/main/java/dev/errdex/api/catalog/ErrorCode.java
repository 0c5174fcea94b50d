package dev.errdex.api.catalog;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.Category;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.api.relay.GlobalId.NodeType;
import dev.errdex.api.relay.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

/** GraphQL view of one stored catalog entry. */
@Name("ErrorCode")
@Description("One error code of the catalog: what it says, what it means, how to fix it, and its edit history.")
public record ErrorCode(
        @NonNull @Id @Description("Opaque global id (Relay); pass it to node(id). The code itself is the field code.")
        String id,
        @NonNull @Description("Canonical code, e.g. ERR_NGROK_8012.") String code,
        @NonNull @Description("Namespace prefix of the code, e.g. ERR_NGROK.") String namespace,
        @Description("Number part of the code, e.g. 8012.") int number,
        @NonNull @Description("Short human title.") String title,
        @NonNull @Description("Message template as the product prints it; placeholders are upper-case names in"
                + " backticks, e.g. `ADDR`.") String message,
        @NonNull @Description("Names of the placeholders in the message, in order of appearance.")
        List<@NonNull String> placeholders,
        @Description("How to fix it; null while the catalog has no guide for the code.") FixGuideView fixGuide,
        @NonNull @Description("Product area id, e.g. agent, api, traffic-policy, ai-gateway.") String category,
        @NonNull @Description("Human label of the product area, e.g. Traffic policy.") String categoryLabel,
        @NonNull @Description("How bad the error is for the one who meets it.") ErrorSeverity severity,
        @NonNull @Description("Whether the code is still raised (ACTIVE) or retired (DEPRECATED).")
        ErrorStatus status,
        @Description("For a deprecated code, the code that replaces it; null otherwise.") String replacedBy,
        @Description("Public reference page of the code; null when there is none.") String docsUrl,
        @NonNull @Description("How customers describe the problem in their own words, without the code.")
        List<@NonNull String> symptoms,
        @Name("relatedCodes") @NonNull @Description("Canonical codes of related errors (the field related gives"
                + " the errors themselves).") List<@NonNull String> related,
        @Description("The component that raises the code: agent, cloud-edge, dashboard, api...")
        String ownerComponent,
        @Description("Where known, the place in the source that raises the code as free text; null otherwise. The"
                + " field sources gives the places recorded by errdex scan --record.")
        String sourceLocation,
        @NonNull @Description("The places in the source that raise the code, with links; empty when none are"
                + " recorded.") List<@NonNull SourceSiteView> sources,
        @Description("The team that owns the code (from the source's CODEOWNERS, e.g. @acme/billing); null when"
                + " unknown. Tickets of the code are routed to it.") String owner,
        @Description("True when a person set sources and owner; errdex scan --record then leaves them.")
        boolean sourcesPinned,
        @Description("Revision of the entry: 1 when created, +1 with every change.") int revision,
        @NonNull @Description("When the code entered this catalog.") Instant createdAt,
        @NonNull @Description("When the entry last changed.") Instant updatedAt,
        @NonNull @Description("Who changed the entry last (errdex-bundle for the bundled catalog).") String updatedBy,
        @Description("True once someone edited or imported the entry; updates of the bundled catalog then leave it"
                + " alone.") boolean edited) implements Node {

    @Override
    @NonNull
    @Id
    @Description("Opaque global id (Relay), unique over all types; pass it to node(id). Never parse it.")
    public String getId() {
        return id;
    }

    /**
     * Views of the same code at the same revision are equal. (GraphQL batch loading keys its cache by these views:
     * hashing the code and revision is enough, and far cheaper than hashing every field.)
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorCode other && other.code.equals(code) && other.revision == revision
                && other.updatedAt.equals(updatedAt);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + revision;
    }

    /** The view of a stored entry. */
    public static ErrorCode of(StoredEntry stored) {
        CatalogEntry e = stored.entry();
        Category category = Category.fromId(e.category()).orElse(Category.OTHER);
        return new ErrorCode(NodeType.ERROR_CODE.id(e.code()), e.code(), e.namespace(), e.number(), e.title(), e.message(), e.placeholders(),
                e.fixGuide() == null ? null : FixGuideView.of(e.fixGuide()), category.id(), category.label(),
                ErrorSeverity.of(e.severity()), ErrorStatus.of(e.status()), e.replacedBy(), e.docsUrl(), e.symptoms(),
                e.related(), e.ownerComponent(), e.sourceLocation(),
                e.sources().stream().map(SourceSiteView::of).toList(), e.owner(), e.sourcesPinned(), Math.toIntExact(stored.revision()), stored.createdAt(),
                stored.updatedAt(), stored.updatedBy(), stored.edited());
    }
}
