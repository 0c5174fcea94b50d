package dev.errdex.triage.inbound.imap;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * One message as it sits in the mailbox: its raw RFC 5322 bytes (never larger than
 * {@link MailboxSettings#maxMessageBytes()}) and where it was found. {@code (mailbox, uidValidity, uid)} names the
 * message uniquely and for good; the ticket store may keep it as the ticket's source.
 */
public final class InboundMessage {

    private final String mailbox;
    private final String folder;
    private final long uidValidity;
    private final long uid;
    private final byte[] raw;

    public InboundMessage(String mailbox, String folder, long uidValidity, long uid, byte[] raw) {
        this(mailbox, folder, uidValidity, uid, Objects.requireNonNull(raw, "raw").clone(), true);
    }

    /** Takes ownership of {@code raw} without copying it (the poller's buffer is not shared). */
    InboundMessage(String mailbox, String folder, long uidValidity, long uid, byte[] raw, boolean owned) {
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.uidValidity = uidValidity;
        this.uid = uid;
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /** The checkpoint key of the mailbox, {@link MailboxSettings#mailboxKey()}. */
    public String mailbox() {
        return mailbox;
    }

    public String folder() {
        return folder;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public long uid() {
        return uid;
    }

    /** Size of the raw message in bytes. */
    public int size() {
        return raw.length;
    }

    /** A copy of the raw message. */
    public byte[] raw() {
        return raw.clone();
    }

    /** The raw message as a stream, without copying. */
    public InputStream openStream() {
        return new ByteArrayInputStream(raw);
    }

    /** {@code mailbox;UIDVALIDITY=n;UID=m}: a stable reference for logs, quarantine records and tickets. */
    public String reference() {
        return reference(mailbox, uidValidity, uid);
    }

    static String reference(String mailbox, long uidValidity, long uid) {
        return mailbox + ";UIDVALIDITY=" + uidValidity + ";UID=" + uid;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundMessage other && uidValidity == other.uidValidity && uid == other.uid
                && mailbox.equals(other.mailbox) && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mailbox, uidValidity, uid);
    }

    @Override
    public String toString() {
        return "InboundMessage[" + reference() + ", " + raw.length + " bytes]";
    }
}
