package dev.errdex.api.outbound;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts the receivers of outbound notes before the application (a helpdesk on a free loopback port and GreenMail
 * SMTP) and points errdex.outbound.* and quarkus.mailer.* at them, with retries of a few milliseconds.
 */
public class OutboundReceivers implements QuarkusTestResourceLifecycleManager {

    static final String AGENTS = "agents@errdex.test";
    static final String HELPDESK_SECRET = "test-helpdesk-secret";

    private static HelpdeskReceiver helpdesk;
    private static GreenMail smtp;

    static HelpdeskReceiver helpdesk() {
        return helpdesk;
    }

    static GreenMail smtp() {
        return smtp;
    }

    @Override
    public Map<String, String> start() {
        try {
            helpdesk = new HelpdeskReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return Map.ofEntries(
                Map.entry("errdex.outbound.helpdesk.url", helpdesk.url()),
                Map.entry("errdex.outbound.helpdesk.secret", HELPDESK_SECRET),
                Map.entry("errdex.outbound.email.to", AGENTS),
                Map.entry("errdex.outbound.email.from", "errdex@errdex.test"),
                Map.entry("errdex.outbound.retry.max-attempts", "3"),
                Map.entry("errdex.outbound.retry.base-delay", "PT0.005S"),
                Map.entry("errdex.outbound.retry.max-delay", "PT0.02S"),
                Map.entry("errdex.outbound.poll-interval", "1s"),
                Map.entry("quarkus.mailer.mock", "false"),
                Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort())),
                Map.entry("quarkus.mailer.from", "errdex@errdex.test"),
                Map.entry("errdex.outbound.email.send-timeout", "5s"));
    }

    @Override
    public void stop() {
        if (helpdesk != null) {
            helpdesk.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }
}
