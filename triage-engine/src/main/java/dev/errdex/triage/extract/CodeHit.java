package dev.errdex.triage.extract;

/**
 * One code found in the text of an email.
 *
 * @param code    canonical code, e.g. {@code ERR_NGROK_3200}
 * @param known   whether the code is in the catalog (explicit) or only code-shaped (unknown)
 * @param part    label of the text part, e.g. {@code subject}, {@code attachment:app.log}, {@code forwarded[1]/body}
 * @param offset  character offset of the match in that part's text
 * @param matched the text as written, e.g. {@code err-ngrok-3200} or {@code ngrok error 304}
 * @param snippet a short single-line excerpt around the match
 * @param form    which spelling rule found it
 * @param quoted  whether it sits in quoted reply history
 */
public record CodeHit(String code, boolean known, String part, int offset, String matched, String snippet,
                      Form form, boolean quoted) {

    /** The spelling rules (see docs/triage.md). */
    public enum Form {
        /** {@code ERR_NGROK_3200} in any case, with {@code _}, {@code -}, {@code .} or spaces; also inside URLs. */
        TOKEN,
        /** A number after "error"/"error code" with the namespace word next to it: "ngrok error 304". */
        QUALIFIED_NUMBER,
        /** "error 108" in an email whose context is the namespace (catalog codes only). */
        CONTEXT_NUMBER
    }
}
