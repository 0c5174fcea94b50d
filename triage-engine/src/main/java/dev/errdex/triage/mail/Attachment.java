package dev.errdex.triage.mail;

/**
 * An attachment (or inline non-text part) of the message, read or not.
 *
 * @param label    where it is, e.g. {@code attachment:app.log} or {@code forwarded[1]/attachment:photo.png}; for a read
 *                 attachment this is also the label of its {@link TextPart}
 * @param fileName the file name as sent (decoded), empty when there is none
 * @param mimeType the declared MIME type, lower case
 * @param read     whether its text is among {@link ReadableEmail#parts()}
 * @param note     why it was not read (binary, compressed, unknown transfer encoding...), empty when read
 */
public record Attachment(String label, String fileName, String mimeType, boolean read, String note) {
}
