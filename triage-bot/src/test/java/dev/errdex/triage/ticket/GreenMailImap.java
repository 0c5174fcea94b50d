package dev.errdex.triage.ticket;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * GreenMail IMAP in the test JVM on a free port, and the {@code errdex.imap.*} settings that point the service at
 * it (quick polls, quick reconnects). One mailbox user; tests deliver through {@link #deliver}.
 */
public class GreenMailImap implements QuarkusTestResourceLifecycleManager {

    static final String LOGIN = "support";
    static final String PASSWORD = "imap-test-secret";

    private static volatile GreenMail server;
    private static volatile GreenMailUser user;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        server.start();
        user = server.setUser("support@errdex.test", LOGIN, PASSWORD);
        return Map.of(
                "errdex.imap.host", "127.0.0.1",
                "errdex.imap.port", String.valueOf(server.getImap().getPort()),
                "errdex.imap.tls", "false",
                "errdex.imap.user", LOGIN,
                "errdex.imap.password", PASSWORD,
                "errdex.imap.poll-interval", "200ms",
                "errdex.imap.reconnect-delay", "50ms",
                "errdex.imap.reconnect-max-delay", "400ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static MailFolder inbox() {
        try {
            return server.getManagers().getImapHostManager().getInbox(user);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends a raw message to INBOX; returns its UID. */
    static long deliver(byte[] raw) {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            return inbox().appendMessage(m, new Flags(), new Date());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<StoredMessage> messages() {
        return inbox().getMessages();
    }

    static boolean hasKeyword(StoredMessage m, String keyword) {
        return m.getFlags().contains(keyword);
    }
}
