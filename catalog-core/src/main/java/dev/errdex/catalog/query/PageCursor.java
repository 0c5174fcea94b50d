package dev.errdex.catalog.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque cursor of one kind of page (catalog entries, tickets): the last row's key behind a kind prefix such as
 * {@code c1:}, in unpadded URL-safe Base64. A cursor of another kind, or one that is not Base64, decodes to nothing;
 * the caller turns that into its own error code.
 *
 * @param prefix what tells this kind of cursor apart, with a version ({@code c1:}, {@code t1:})
 */
public record PageCursor(String prefix) {

    /** The cursor that points after the row whose key is {@code key}. */
    public String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The row key inside {@code cursor}, or empty when it is not a cursor of this kind. */
    public Optional<String> decode(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return raw.startsWith(prefix) ? Optional.of(raw.substring(prefix.length())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
