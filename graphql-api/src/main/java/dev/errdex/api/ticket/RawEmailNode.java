package dev.errdex.api.ticket;

import dev.errdex.triage.ticket.RawMessage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

@Name("RawEmail")
@Description("One email of a ticket exactly as it arrived (RFC 5322 headers and body), for re-triage or for reading"
        + " the original. Only keys with role agent can read it.")
public record RawEmailNode(
        @Description("The email's Message-ID header; null when it had none.") String messageId,
        @Description("Size of the original in bytes.") int sizeBytes,
        @NonNull @Description("SHA-256 (hex) of the original bytes.") String sha256,
        @NonNull @Description("The original bytes, base64-encoded (exact, whatever the encoding).") String base64,
        @NonNull @Description("The original read as UTF-8, for display; bytes that are not UTF-8 show as U+FFFD."
                + " Use base64 for the exact bytes.") String text,
        @Description("True when every byte of the original is valid UTF-8, so text is exact.") boolean textIsExact) {

    static RawEmailNode of(RawMessage raw) {
        byte[] bytes = raw.content();
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean exact;
        try {
            strict.decode(ByteBuffer.wrap(bytes));
            exact = true;
        } catch (CharacterCodingException e) {
            exact = false;
        }
        return new RawEmailNode(raw.messageId(), bytes.length, raw.sha256(),
                Base64.getEncoder().encodeToString(bytes), new String(bytes, StandardCharsets.UTF_8), exact);
    }
}
