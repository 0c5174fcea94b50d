package dev.errdex.triage.inbound.imap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A user's folder on the in-process GreenMail server, seen from the server side (not through the poller). */
final class GreenMailMailbox {

    static final String LOGIN = "support";
    static final String PASSWORD = "s3cret-test";

    private final GreenMailExtension greenMail;
    private final GreenMailUser user;
    private final String folderName;

    private GreenMailMailbox(GreenMailExtension greenMail, GreenMailUser user, String folderName) {
        this.greenMail = greenMail;
        this.user = user;
        this.folderName = folderName;
    }

    static GreenMailMailbox inbox(GreenMailExtension greenMail) {
        GreenMailUser user = greenMail.setUser("support@errdex.test", LOGIN, PASSWORD);
        return new GreenMailMailbox(greenMail, user, "INBOX");
    }

    /** A folder other than INBOX, created now. */
    static GreenMailMailbox folder(GreenMailExtension greenMail, String name) {
        GreenMailMailbox box = inbox(greenMail);
        GreenMailMailbox other = new GreenMailMailbox(greenMail, box.user, name);
        other.create();
        return other;
    }

    /** Settings pointing at this folder; quick reconnects for tests. */
    MailboxSettings.Builder settings() {
        return MailboxSettings.builder()
                .host("127.0.0.1")
                .port(greenMail.getImap().getPort())
                .tls(false)
                .user(LOGIN)
                .password(PASSWORD)
                .folder(folderName)
                .timeout(Duration.ofSeconds(10))
                .reconnectDelay(Duration.ofMillis(50))
                .reconnectMaxDelay(Duration.ofMillis(400));
    }

    void create() {
        try {
            greenMail.getManagers().getImapHostManager().createMailbox(user, folderName);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void delete() {
        try {
            greenMail.getManagers().getImapHostManager().deleteMailbox(user, folderName);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    MailFolder folder() {
        try {
            return greenMail.getManagers().getImapHostManager().getFolder(user, folderName, true);
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends support mail case {@code n} (fixture support-mail.eml); returns its UID. */
    long deliverCase(int n) {
        return deliver(fixture("support-mail.eml").replace("{n}", Integer.toString(n)).getBytes(
                StandardCharsets.UTF_8), new Flags());
    }

    void deliverCases(int from, int to) {
        for (int n = from; n <= to; n++) {
            deliverCase(n);
        }
    }

    long deliver(byte[] raw, Flags flags) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(crlf(raw)));
            return folder().appendMessage(message, flags, new Date());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String name) {
        try (InputStream in = GreenMailMailbox.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] crlf(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    List<StoredMessage> messages() {
        return folder().getMessages();
    }

    long uidValidity() {
        return folder().getUidValidity();
    }

    StoredMessage byUid(long uid) {
        return folder().getMessage(uid);
    }

    /** The stored message of case {@code n}. */
    StoredMessage ofCase(int n) {
        String id = TicketStoreDouble.messageId(n);
        return messages().stream().filter(m -> {
            try {
                return id.equals(m.getMimeMessage().getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no message for case " + n));
    }

    static boolean hasKeyword(StoredMessage m, String keyword) {
        return m.getFlags().contains(keyword);
    }
}
