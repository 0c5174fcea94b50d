package dev.errdex.triage.inbound.imap;

import dev.errdex.catalog.ErrdexCode;

/**
 * Registry of the errors the IMAP mailbox channel reports. Codes are stable: a code is never reused for another
 * meaning. Range ERR_ERRDEX_1280..1299 (within triage/mail, 1200-1299).
 */
public enum ImapErrorCode implements ErrdexCode {

    SETTINGS_INVALID(1280,
            "The IMAP channel settings are incomplete or out of range: %s. Fix errdex.imap.* (or the ERRDEX_IMAP_*"
                    + " environment variables), or unset errdex.imap.host to disable the channel."),
    SERVER_UNREACHABLE(1281,
            "Cannot talk to the IMAP server %s: %s. Check errdex.imap.host, .port and .tls and that the server is"
                    + " up; the poller keeps retrying with backoff and loses no mail meanwhile."),
    AUTHENTICATION_FAILED(1282,
            "The IMAP server %s refused the login of %s. Check errdex.imap.user and errdex.imap.password (an app"
                    + " password where the provider requires one); the poller keeps retrying with backoff."),
    FOLDER_NOT_FOUND(1283,
            "The IMAP folder %s does not exist on %s. Create it or set errdex.imap.folder to an existing folder."),
    MESSAGE_TOO_LARGE(1284,
            "Message of %d bytes is larger than errdex.imap.max-message-bytes (%d); it was quarantined and left in"
                    + " the mailbox. To take it in, raise the limit, remove its quarantine keyword and copy it into the"
                    + " folder again (the copy gets a new UID)."),
    UIDVALIDITY_CHANGED(1285,
            "UIDVALIDITY of %s changed from %d to %d (folder recreated or migrated); rescanning the whole folder."
                    + " Messages already flagged are skipped and the ticket store drops duplicates; nothing to do."),
    CHECKPOINT_UNREADABLE(1286,
            "The mailbox checkpoint file %s cannot be read or written: %s. Fix its permissions or delete it; without"
                    + " it the poller rescans the folder, which is safe because of the processed flags."),
    KEYWORDS_NOT_SUPPORTED(1287,
            "Folder %s does not keep custom keywords, so processed/quarantined keywords cannot be set. The"
                    + " channel %s resumes from its UID checkpoint; a rescan relies on the ticket store's"
                    + " deduplication. Nothing to do; a server with keyword support makes rescans cheaper."),
    HANDLER_FAILED(1288,
            "Taking in message %s failed: %s. It stays unprocessed and is retried at the next poll; if it keeps"
                    + " failing, fix the cause shown here (the ticket store or database is the usual one)."),
    MESSAGE_REJECTED(1289,
            "Message %s was rejected and quarantined: %s. It stays in the mailbox with the quarantine keyword;"
                    + " handle it by hand, or once the cause is fixed remove the keyword and copy it into the folder"
                    + " again (the copy gets a new UID).");

    private final int number;
    private final String template;

    ImapErrorCode(int number, String template) {
        this.number = number;
        this.template = template;
    }

    @Override
    public int number() {
        return number;
    }

    /** The message template ({@link String#format} placeholders). */
    @Override
    public String template() {
        return template;
    }

}
