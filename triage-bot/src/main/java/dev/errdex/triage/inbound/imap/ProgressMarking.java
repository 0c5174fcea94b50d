package dev.errdex.triage.inbound.imap;

import jakarta.mail.Flags;

/**
 * How the channel marks a message it has taken, chosen from the folder's PERMANENTFLAGS when it is opened.
 *
 * <ul>
 *   <li>{@link #KEYWORDS}: the server keeps custom keywords ({@code \*}, or both configured keywords listed, or no
 *       PERMANENTFLAGS at all, which RFC 3501 says means every flag is permanent). Processed messages get the
 *       processed keyword, refused ones the quarantine keyword, and flagged messages are skipped on a rescan.</li>
 *   <li>{@link #SEEN}: no custom keywords, but {@code \Seen} and {@code \Flagged} are kept (some Exchange and
 *       appliance servers). Processed messages are marked {@code \Seen}, refused ones {@code \Flagged}, so a person
 *       looking at the folder sees what the channel did. These flags are people's too, so they never make the
 *       channel skip a message: the UID checkpoint decides where it resumes, and a rescan relies on the ticket
 *       store's deduplication (messages come back as DUPLICATE).</li>
 *   <li>{@link #NONE}: the server keeps neither. Nothing is marked; the checkpoint and the deduplication alone.</li>
 * </ul>
 */
public enum ProgressMarking {
    KEYWORDS, SEEN, NONE;

    /**
     * The marking for a folder.
     *
     * @param permanent       the folder's PERMANENTFLAGS, or null when the server sent none
     * @param processedFlag   the configured processed keyword
     * @param quarantineFlag  the configured quarantine keyword
     */
    public static ProgressMarking choose(Flags permanent, String processedFlag, String quarantineFlag) {
        if (permanent == null || permanent.contains(Flags.Flag.USER)
                || (permanent.contains(processedFlag) && permanent.contains(quarantineFlag))) {
            return KEYWORDS;
        }
        if (permanent.contains(Flags.Flag.SEEN) && permanent.contains(Flags.Flag.FLAGGED)) {
            return SEEN;
        }
        return NONE;
    }

    /** Whether a message's flags show it was already taken (only keywords can say so). */
    public boolean alreadyDone(Flags flags, String processedFlag, String quarantineFlag) {
        return this == KEYWORDS && (flags.contains(processedFlag) || flags.contains(quarantineFlag));
    }

    /** The flags to set on processed messages; null when nothing is set. */
    public Flags processed(String processedFlag) {
        return switch (this) {
            case KEYWORDS -> new Flags(processedFlag);
            case SEEN -> new Flags(Flags.Flag.SEEN);
            case NONE -> null;
        };
    }

    /** The flags to set on refused (quarantined) messages; null when nothing is set. */
    public Flags quarantined(String quarantineFlag) {
        return switch (this) {
            case KEYWORDS -> new Flags(quarantineFlag);
            case SEEN -> new Flags(Flags.Flag.FLAGGED);
            case NONE -> null;
        };
    }
}
