package dev.errdex.api.reliability;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, built in {@code package}) as a child process,
 * killed with SIGKILL twice on the same data: in the middle of a 4-thread webhook burst that starts once it has
 * flagged the first messages of an IMAP backlog (GreenMail in this JVM), then in the middle of a large catalog import. The next start must open the
 * database and become ready; every email the webhook answered 201 or 200, and every mailbox message flagged
 * {@code $ErrdexProcessed} when the service was killed, must be a ticket; the restarted service takes the rest of
 * the backlog, none of it twice; the catalog holds all of the killed import or none of it. Runs in {@code verify}
 * (maven-failsafe), on H2 and, with {@code -Pdb-postgresql}, on PostgreSQL (a database of its own,
 * {@code <test database>_kill}, created fresh).
 */
class KilledServiceIT {

    private static final String SECRET = "kill-test-webhook-secret-0123456789abcdef";
    private static final int IMPORTED = 30_000;
    private static final int BACKLOG = 400;
    private static final String FLAG = "$ErrdexProcessed";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path work;

    private final List<Process> started = new ArrayList<>();
    private final GreenMail mailbox = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private Path dataDir;
    private String pgUrl;

    @BeforeEach
    void freshDatabase() throws SQLException {
        dataDir = work.resolve("data");
        if (!postgres()) {
            return;
        }
        Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)").matcher(
                System.getProperty("errdex-test.jdbc-url", ""));
        assertThat(m.find()).as("errdex-test.jdbc-url names a PostgreSQL database").isTrue();
        String database = m.group(2) + "_kill";
        try (Connection c = DriverManager.getConnection(m.group(1) + "postgres", pgUser(), "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + database + "\"");
            s.execute("CREATE DATABASE \"" + database + "\"");
        }
        pgUrl = m.group(1) + database;
    }

    @AfterEach
    void stopEverything() {
        started.forEach(Process::destroyForcibly);
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
        Process service = start("service-1");
        int port = awaitReady(service, "service-1");
        awaitFlagged(1, Duration.ofSeconds(120)); // the kill then falls in the middle of the backlog

        Set<String> acknowledged = burstThenKill(service, port, Duration.ofSeconds(4));
        Set<String> flagged = flaggedMessageIds();
        assertThat(acknowledged).as("the webhook acknowledged emails before the kill").isNotEmpty();

        Path catalog = work.resolve("large-catalog.json");
        writeCatalog(catalog, IMPORTED);
        Process importing = start("import", "import", catalog.toString());
        awaitLine("import", "Installed features");
        Thread.sleep(1500);
        importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process restarted = start("service-2");
        awaitReady(restarted, "service-2");
        awaitFlagged(BACKLOG, Duration.ofSeconds(180));
        restarted.destroy(); // a clean stop, so that the H2 file can be opened here
        assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Set<String> stored = new HashSet<>();
        int storedRows = 0;
        long imported;
        try (Connection c = database(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT message_id FROM ticket_message")) {
                while (rs.next()) {
                    stored.add(bare(rs.getString(1)));
                    storedRows++;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM error_code WHERE code LIKE 'ERR_KILLIMP_%'")) {
                rs.next();
                imported = rs.getLong(1);
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.addAll(flagged);
        lost.removeAll(stored);
        long imap = stored.stream().filter(id -> id.startsWith("imap-")).count();
        System.out.printf("[KilledServiceIT] %s: webhook %d acknowledged, IMAP %d of %d flagged at the kill; %d"
                + " ticket messages after restart (%d of the backlog), %d acknowledged lost; import killed with %d"
                + " of %d entries committed%n", postgres() ? "postgresql" : "h2", acknowledged.size(), flagged.size(),
                BACKLOG, stored.size(), imap, lost.size(), imported, IMPORTED);
        assertThat(lost).as("acknowledged emails (webhook 201/200, IMAP flag) that are not tickets after the kills")
                .isEmpty();
        assertThat(imap).as("the restarted service took the rest of the backlog").isEqualTo(BACKLOG);
        assertThat(stored).as("ticket messages (none twice)").hasSize(storedRows);
        assertThat(imported).as("the catalog is either before or after the killed import").isIn(0L, (long) IMPORTED);
        if (!postgres()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("errdex.mv.db"))))
                    .isEqualTo("rw-------");
        }
    }

    /** Posts distinct emails on 4 threads; kills the service while they still post; the IDs answered 201/200. */
    private Set<String> burstThenKill(Process service, int port, Duration burst) throws Exception {
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
                                        URI.create("http://127.0.0.1:" + port + "/triage/inbound"))
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
        service.destroyForcibly(); // SIGKILL while the threads still post
        service.waitFor(30, TimeUnit.SECONDS);
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

    private static void writeCatalog(Path file, int n) throws IOException {
        StringBuilder sb = new StringBuilder("{\"format\": \"errdex-catalog/1\", \"entries\": [\n");
        for (int i = 1; i <= n; i++) {
            sb.append(i == 1 ? "" : ",\n").append("{\"code\": \"ERR_KILLIMP_").append(i)
                    .append("\", \"message\": \"Imported entry number ").append(i)
                    .append(" failed while the import was killed.\"}");
        }
        Files.writeString(file, sb.append("\n]}\n"));
    }

    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("ERRDEX_DATA_DIR", dataDir.toString());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(args.length == 0 ? freePort() : 0));
        env.put("ERRDEX_WEBHOOK_SECRET", SECRET);
        env.put("ERRDEX_CATALOG_SEED_ON_START", "false");
        env.put("ERRDEX_IMAP_HOST", "127.0.0.1");
        env.put("ERRDEX_IMAP_PORT", String.valueOf(mailbox.getImap().getPort()));
        env.put("ERRDEX_IMAP_USER", "support");
        env.put("ERRDEX_IMAP_PASSWORD", "secret");
        env.put("ERRDEX_IMAP_TLS", "false");
        env.put("ERRDEX_IMAP_POLL_INTERVAL", "500ms");
        if (postgres()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", pgUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", pgUser());
        }
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** Waits until the service answers ready; returns its port. */
    private int awaitReady(Process service, String name) throws Exception {
        Pattern listening = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as(name + " is running (see " + log(name) + ")").isTrue();
            Matcher m = listening.matcher(log(name));
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return port;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " did not become ready within " + START_TIMEOUT + ":\n" + log(name));
    }

    private void awaitLine(String name, String text) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!log(name).contains(text)) {
            assertThat(System.nanoTime()).as(name + " logged '" + text + "':\n" + log(name)).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private String log(String name) throws IOException {
        Path f = work.resolve(name + ".log");
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    }

    private Connection database() throws SQLException {
        return postgres() ? DriverManager.getConnection(pgUrl, pgUser(), "")
                : DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("errdex"), "sa", "");
    }

    private static boolean postgres() {
        return "postgresql".equals(System.getProperty("errdex.db-kind"));
    }

    private static String pgUser() {
        return System.getProperty("errdex-test.username", "postgres");
    }

    private static Path jar() {
        String jar = System.getProperty("errdex-test.service-jar");
        assertThat(jar).as("errdex-test.service-jar (set by maven-failsafe in graphql-api's pom)").isNotNull();
        Path p = Path.of(jar);
        assertThat(p).as("the packaged service; build it with package").exists();
        return p;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
