package dev.errdex.triage.inbound.imap;

import java.time.Instant;

/**
 * A message the channel set aside: the handler rejected it or it exceeds the size limit. It stays in the mailbox
 * with the quarantine flag.
 *
 * @param mailbox     checkpoint key of the mailbox
 * @param uidValidity UIDVALIDITY of the folder when it was quarantined
 * @param uid         the message's UID
 * @param size        size in bytes as the server reports it
 * @param code        errdex error code ({@code ERR_ERRDEX_1284} too large, {@code ERR_ERRDEX_1289} rejected)
 * @param reason      why, in words
 * @param at          when
 */
public record QuarantinedMessage(String mailbox, long uidValidity, long uid, long size, String code, String reason,
                                 Instant at) {

    /** {@code mailbox;UIDVALIDITY=n;UID=m}, as {@link InboundMessage#reference()}. */
    public String reference() {
        return InboundMessage.reference(mailbox, uidValidity, uid);
    }
}
