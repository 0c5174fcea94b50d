package dev.errdex.api.reliability;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.errdex.api.process.ServiceProcess;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service ({@link ServiceProcess}) killed with SIGKILL on the same data: in the middle of a 4-thread
 * webhook burst that starts once it has flagged the first messages of an IMAP backlog (GreenMail in this JVM), then
 * {@link #IMPORT_KILLS} times in the middle of a large catalog import, each after another delay (where each kill
 * lands depends on the machine's speed; the test prints how many entries each import left). The next start must open the database and become
 * ready; every email the webhook answered 201 or 200, and every mailbox message flagged {@code $ErrdexProcessed} when
 * the service was killed, must be a ticket; the restarted service takes the rest of the backlog, none of it twice;
 * the catalog holds all of each killed import (a sample of its entries read back) or none of it. Runs in
 * {@code verify} (maven-failsafe), on H2 and, with {@code -Pdb-postgresql}, on PostgreSQL (a fresh database).
 */
class KilledServiceIT {

    private static final String SECRET = "kill-test-webhook-secret-0123456789abcdef";
    private static final int IMPORTED = 30_000;
    private static final int BACKLOG = 400;
    private static final String FLAG = "$ErrdexProcessed";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** Milliseconds between the import's start-up line and its kill, one import (with its own codes) each. */
    private static final long[] IMPORT_KILLS = {300, 1_200, 2_500, 4_500};

    @TempDir
    Path work;

    private final GreenMail mailbox = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private ServiceProcess service;

    @AfterEach
    void stopEverything() {
        if (service != null) {
            service.close();
        }
        mailbox.stop();
    }

    @Test
    void everyAcknowledgedEmailIsATicketAfterKill9MidBurstAndMidImport() throws Exception {
        mailbox.start();
        GreenMailUser support = mailbox.setUser("support@errdex.test", "support", "secret");
        for (int i = 0; i < BACKLOG; i++) {
            support.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                    email("imap-" + i + "@customer.example.org", 9, i).getBytes(StandardCharsets.UTF_8))));
        }
        service = ServiceProcess.create(work, Map.of(
                "ERRDEX_WEBHOOK_SECRET", SECRET,
                "ERRDEX_CATALOG_SEED_ON_START", "false",
                "ERRDEX_IMAP_HOST", "127.0.0.1",
                "ERRDEX_IMAP_PORT", String.valueOf(mailbox.getImap().getPort()),
                "ERRDEX_IMAP_USER", "support",
                "ERRDEX_IMAP_PASSWORD", "secret",
                "ERRDEX_IMAP_TLS", "false",
                "ERRDEX_IMAP_POLL_INTERVAL", "500ms"));
        service.start(START_TIMEOUT);
        awaitFlagged(1, Duration.ofSeconds(120)); // the kill then falls in the middle of the backlog

        Set<String> acknowledged = burstThenKill(Duration.ofSeconds(4));
        Set<String> flagged = flaggedMessageIds();
        assertThat(acknowledged).as("the webhook acknowledged emails before the kill").isNotEmpty();

        for (int round = 0; round < IMPORT_KILLS.length; round++) {
            Path catalog = work.resolve("large-catalog-" + round + ".json");
            writeCatalog(catalog, prefix(round), IMPORTED);
            service.launch("import", catalog.toString());
            service.awaitLine("Installed features", START_TIMEOUT);
            Thread.sleep(IMPORT_KILLS[round]);
            service.kill();
        }

        service.start(START_TIMEOUT);
        awaitFlagged(BACKLOG, Duration.ofSeconds(180));
        service.stop(); // a clean stop, so that the H2 file can be opened here

        Set<String> stored = new HashSet<>();
        int storedRows = 0;
        List<Long> imported = new ArrayList<>();
        try (Connection c = service.database(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT message_id FROM ticket_message")) {
                while (rs.next()) {
                    stored.add(bare(rs.getString(1)));
                    storedRows++;
                }
            }
            for (int round = 0; round < IMPORT_KILLS.length; round++) {
                imported.add(importedEntries(c, round));
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.addAll(flagged);
        lost.removeAll(stored);
        long imap = stored.stream().filter(id -> id.startsWith("imap-")).count();
        System.out.printf("[KilledServiceIT] %s: webhook %d acknowledged, IMAP %d of %d flagged at the kill; %d"
                + " ticket messages after restart (%d of the backlog), %d acknowledged lost; imports of %d entries"
                + " killed after %s ms held %s entries%n", postgres() ? "postgresql" : "h2", acknowledged.size(),
                flagged.size(), BACKLOG, stored.size(), imap, lost.size(), IMPORTED,
                java.util.Arrays.toString(IMPORT_KILLS), imported);
        assertThat(lost).as("acknowledged emails (webhook 201/200, IMAP flag) that are not tickets after the kills")
                .isEmpty();
        assertThat(imap).as("the restarted service took the rest of the backlog").isEqualTo(BACKLOG);
        assertThat(stored).as("ticket messages (none twice)").hasSize(storedRows);
        assertThat(imported).as("the catalog is either before or after each killed import")
                .allMatch(n -> n == 0 || n == IMPORTED);
        if (!postgres()) {
            Path dataDir = service.dataDirectory();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("errdex.mv.db"))))
                    .isEqualTo("rw-------");
        }
    }

    /**
     * The entries of import {@code round} in the catalog; when there are any, a sample of them (first, middle,
     * last) reads back as written.
     */
    private static long importedEntries(Connection c, int round) throws SQLException {
        String prefix = prefix(round);
        long count;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM error_code WHERE code LIKE ?")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        if (count > 0) {
            for (int i : new int[] {1, IMPORTED / 2, IMPORTED}) {
                try (PreparedStatement ps = c.prepareStatement("SELECT message FROM error_code WHERE code = ?")) {
                    ps.setString(1, prefix + i);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as(prefix + i + " of a committed import").isTrue();
                        assertThat(rs.getString(1)).isEqualTo(message(i));
                    }
                }
            }
        }
        return count;
    }

    private static String prefix(int round) {
        return "ERR_KILLIMP" + (char) ('A' + round) + "_";
    }

    private static String message(int i) {
        return "Imported entry number " + i + " failed while the import was killed.";
    }

    /** Posts distinct emails on 4 threads; kills the service while they still post; the IDs answered 201/200. */
    private Set<String> burstThenKill(Duration burst) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String id = "kill-" + thread + "-" + i + "@customer.example.org";
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                                        URI.create(service.url() + "/triage/inbound"))
                                .timeout(Duration.ofSeconds(20))
                                .header("Authorization", "Bearer " + SECRET)
                                .header("Content-Type", "message/rfc822")
                                .POST(HttpRequest.BodyPublishers.ofString(email(id, thread, i))).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 201 || r.statusCode() == 200) {
                            acknowledged.add(id);
                        }
                    } catch (IOException e) {
                        return; // the service is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        Thread.sleep(burst.toMillis());
        service.kill(); // SIGKILL while the threads still post
        stop.set(true);
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return acknowledged;
    }

    /** The Message-IDs (without brackets) of the mailbox messages carrying errdex's processed flag. */
    private Set<String> flaggedMessageIds() throws MessagingException {
        Properties props = new Properties();
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", mailbox.getImap().getPort(), "support", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Set<String> ids = new HashSet<>();
            for (Message m : inbox.search(new FlagTerm(new Flags(FLAG), true))) {
                ids.add(bare(m.getHeader("Message-ID")[0]));
            }
            inbox.close(false);
            return ids;
        } finally {
            store.close();
        }
    }

    /** A Message-ID as the test names it: without angle brackets (the header and the column keep them). */
    private static String bare(String messageId) {
        return messageId == null ? null : messageId.strip().replaceAll("^<|>$", "");
    }

    private void awaitFlagged(int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (flaggedMessageIds().size() < count) {
            assertThat(System.nanoTime()).as("the service flagged " + count + " mailbox messages").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String email(String id, int thread, int i) {
        return "From: Customer " + thread + " <c" + thread + "@customer.example.org>\r\n"
                + "To: support@errdex.test\r\n"
                + "Subject: tunnel fails " + thread + "-" + i + "\r\n"
                + "Message-ID: <" + id + ">\r\n"
                + "Date: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Hello, my agent stops with ERR_NGROK_8012 and the tunnel closes. What can I do?\r\n";
    }

    private static void writeCatalog(Path file, String prefix, int n) throws IOException {
        StringBuilder sb = new StringBuilder("{\"format\": \"errdex-catalog/1\", \"entries\": [\n");
        for (int i = 1; i <= n; i++) {
            sb.append(i == 1 ? "" : ",\n").append("{\"code\": \"").append(prefix).append(i)
                    .append("\", \"message\": \"").append(message(i)).append("\"}");
        }
        Files.writeString(file, sb.append("\n]}\n"));
    }

    private static boolean postgres() {
        return "postgresql".equals(System.getProperty("errdex.db-kind"));
    }
}
