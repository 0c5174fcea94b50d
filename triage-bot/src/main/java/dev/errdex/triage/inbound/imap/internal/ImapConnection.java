package dev.errdex.triage.inbound.imap.internal;

import java.lang.System.Logger.Level;
import java.util.Properties;

import dev.errdex.triage.inbound.imap.ImapErrorCode;
import dev.errdex.triage.inbound.imap.MailboxException;
import dev.errdex.triage.inbound.imap.MailboxSettings;
import dev.errdex.triage.inbound.imap.ProgressMarking;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One IMAP connection to the configured folder, opened READ_WRITE, with every body fetch a PEEK. Used by the
 * poller's worker thread; {@link #abortIdle()} and {@link #close()} may also be called from another thread.
 * It never expunges: the folder is always closed with {@code expunge=false}.
 */
public final class ImapConnection {

    private static final System.Logger LOG = System.getLogger(ImapConnection.class.getName());

    private final MailboxSettings settings;
    private final String protocol;
    private final Session session;
    private volatile IMAPStore store;
    private volatile IMAPFolder folder;
    private volatile ProgressMarking marking = ProgressMarking.KEYWORDS;
    private volatile boolean idleSupported;

    public ImapConnection(MailboxSettings settings) {
        this.settings = settings;
        this.protocol = settings.tls() ? "imaps" : "imap";
        this.session = Session.getInstance(sessionProperties(settings, protocol));
    }

    static Properties sessionProperties(MailboxSettings settings, String protocol) {
        String p = "mail." + protocol + ".";
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties props = new Properties();
        props.setProperty("mail.store.protocol", protocol);
        props.setProperty(p + "connectiontimeout", timeout);
        props.setProperty(p + "timeout", timeout);
        // Read bodies with BODY.PEEK[]: taking a message in must not mark it \Seen.
        props.setProperty(p + "peek", "true");
        // One FETCH per message instead of 16 KiB slices; the size is capped before fetching.
        props.setProperty(p + "partialfetch", "false");
        if (settings.tls()) {
            props.setProperty(p + "ssl.enable", "true");
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        return props;
    }

    /** The open folder, connecting first if needed. */
    public IMAPFolder open() {
        IMAPFolder f = folder;
        // isOpen() costs nothing; a dead connection shows up in the next command and is re-opened then.
        if (f != null && f.isOpen()) {
            return f;
        }
        close();
        String host = settings.host().orElseThrow().trim();
        String where = host + ":" + settings.effectivePort();
        try {
            IMAPStore s = (IMAPStore) session.getStore(protocol);
            store = s;
            s.connect(host, settings.effectivePort(), settings.user().orElse(""), settings.password().orElse(""));
            IMAPFolder opened = (IMAPFolder) s.getFolder(settings.folder());
            opened.open(Folder.READ_WRITE);
            Flags permanent = opened.getPermanentFlags();
            marking = ProgressMarking.choose(permanent, settings.processedFlag(), settings.quarantineFlag());
            idleSupported = s.hasCapability("IDLE");
            folder = opened;
            if (marking != ProgressMarking.KEYWORDS) {
                LOG.log(Level.WARNING, ImapErrorCode.KEYWORDS_NOT_SUPPORTED.format(settings.mailboxKey(),
                        marking == ProgressMarking.SEEN ? "marks processed messages \\Seen and refused ones"
                                + " \\Flagged, and" : "marks nothing and"));
            }
            LOG.log(Level.INFO, "Connected to {0}, folder {1} (UIDVALIDITY {2}, {3} messages, IDLE {4})",
                    where, settings.folder(), opened.getUIDValidity(), opened.getMessageCount(),
                    idleSupported ? "offered" : "not offered");
            return opened;
        } catch (AuthenticationFailedException e) {
            close();
            throw new MailboxException(ImapErrorCode.AUTHENTICATION_FAILED,
                    ImapErrorCode.AUTHENTICATION_FAILED.format(where, settings.user().orElse("")), e);
        } catch (FolderNotFoundException e) {
            close();
            throw new MailboxException(ImapErrorCode.FOLDER_NOT_FOUND,
                    ImapErrorCode.FOLDER_NOT_FOUND.format(settings.folder(), where), e);
        } catch (MessagingException | RuntimeException e) {
            close();
            throw unreachable(e);
        }
    }

    /** Wraps a failure of an IMAP command in ERR_ERRDEX_1281. */
    public MailboxException unreachable(Exception e) {
        String where = settings.host().orElse("") + ":" + settings.effectivePort();
        return new MailboxException(ImapErrorCode.SERVER_UNREACHABLE,
                ImapErrorCode.SERVER_UNREACHABLE.format(where, describe(e)), e);
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(' ').append(e.getMessage());
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null) {
            sb.append(" (").append(cause.getMessage()).append(')');
        }
        return sb.toString();
    }

    /** How taken messages are marked in the open folder (from its PERMANENTFLAGS). */
    public ProgressMarking marking() {
        return marking;
    }

    public boolean idleSupported() {
        return idleSupported;
    }

    /**
     * IDLE until the server reports a change (new mail) or {@link #abortIdle()} is called. Mail that arrived after
     * the last poll's commands but before IDLE starts is not announced during IDLE by every server (GreenMail does not):
     * a NOOP first collects what the server has to report, and when the folder grew meanwhile this returns at once,
     * so the caller polls instead of idling past it.
     */
    public void idleOnce() throws MessagingException {
        IMAPFolder f = folder;
        if (f == null || !f.isOpen()) {
            return;
        }
        int before = f.getMessageCount();
        f.doCommand(p -> {
            p.noop();
            return null;
        });
        if (f.getMessageCount() != before) {
            return;
        }
        f.idle(true);
    }

    /** Ends a running IDLE (from another thread); a harmless NOOP otherwise. Never throws. */
    public void abortIdle() {
        IMAPFolder f = folder;
        if (f == null || !f.isOpen()) {
            return;
        }
        try {
            f.doCommand(p -> {
                p.noop();
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.DEBUG, "NOOP to end IDLE failed: {0}", e.toString());
        }
    }

    /** Closes folder (without expunging) and store; never throws. */
    public void close() {
        IMAPFolder f = folder;
        folder = null;
        if (f != null) {
            try {
                if (f.isOpen()) {
                    f.close(false);
                }
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.DEBUG, "Closing folder: {0}", e.toString());
            }
        }
        IMAPStore s = store;
        store = null;
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.DEBUG, "Closing store: {0}", e.toString());
            }
        }
    }
}
