package dev.errdex.catalog;

import java.util.Locale;

/**
 * Fills the fields a catalog source left out, from the code and the message (documented in {@code docs/catalog.md}):
 * placeholders from the message, title from its first sentence, category by {@link Category#derive}, severity by
 * {@link SeverityRule}, owner component from the category, docs URL for ngrok codes. Fields the source gave are kept.
 */
public final class EntryDerivation {

    /** Public reference page of an ngrok code; {@code %s} is the lower-case code. */
    public static final String NGROK_DOCS_URL = "https://ngrok.com/docs/errors/%s/";

    private EntryDerivation() {
    }

    /** Completes {@code draft} in place and returns it. The draft must have code, namespace and number set. */
    public static CatalogEntry.Builder complete(CatalogEntry.Builder draft) {
        String message = draft.message();
        if (draft.placeholders() == null || draft.placeholders().isEmpty()) {
            draft.placeholders(MessageTemplate.placeholders(message));
        }
        Category category = Category.fromId(draft.category())
                .orElseGet(() -> Category.derive(draft.namespace(), draft.number(), message));
        draft.category(category.id());
        if (draft.severity() == null) {
            draft.severity(SeverityRule.derive(message));
        }
        if (isBlank(draft.ownerComponent()) && category.ownerComponent() != null) {
            draft.ownerComponent(category.ownerComponent());
        }
        if (isBlank(draft.title())) {
            String title = MessageTemplate.title(message);
            draft.title(title != null ? title : "Unspecified error (" + category.label() + ")");
        }
        if (isBlank(draft.docsUrl()) && Category.NGROK_NAMESPACE.equals(draft.namespace())) {
            draft.docsUrl(NGROK_DOCS_URL.formatted(draft.code().toLowerCase(Locale.ROOT)));
        }
        return draft;
    }

    /** {@link #complete} for a finished entry. */
    public static CatalogEntry complete(CatalogEntry entry) {
        return complete(entry.toBuilder()).build();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
