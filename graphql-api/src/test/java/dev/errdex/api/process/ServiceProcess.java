package dev.errdex.api.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, built for the database kind of this build) run
 * as a child process, for tests that need what only a real process shows: its console output, a kill -9, a restart
 * on the same data. Each instance gets its own data directory (H2) or a fresh database (PostgreSQL build), a free
 * port, and keeps what the process printed in a file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern PG_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    private final Path home;
    private final Path output;
    private final Map<String, String> env = new HashMap<>();
    private final int port;
    private String postgresDatabase;
    private Process process;
    private int launchedAtLine;

    private ServiceProcess(Path home) throws IOException {
        this.home = home;
        this.output = home.resolve("service.log");
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("ERRDEX_DATA_DIR", home.resolve("data").toString());
        if ("postgresql".equals(System.getProperty("errdex.db-kind"))) {
            postgresDatabase = ("errdex_it_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
            env.putAll(postgres("CREATE DATABASE \"" + postgresDatabase + "\""));
        }
    }

    /** A service with its own data (not started yet); {@code extraEnv} adds or overrides environment variables. */
    public static ServiceProcess create(Path home, Map<String, String> extraEnv) {
        try {
            ServiceProcess p = new ServiceProcess(home);
            p.env.putAll(extraEnv);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the process and waits until {@code /q/health/ready} answers 200. */
    public ServiceProcess start(Duration timeout) {
        launch();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + tail());
            }
            if (status("/q/health/ready") == 200) {
                return this;
            }
            sleep(50);
        }
        throw new IllegalStateException("the service was not ready within " + timeout + ":\n" + tail());
    }

    /**
     * Starts the packaged jar on this instance's data with command-line {@code args} (e.g. {@code import <file>})
     * and returns at once; the process it replaces must have ended.
     */
    public ServiceProcess launch(String... args) {
        Path jar = Path.of(System.getProperty("errdex-test.service-jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: *IT tests run after package (./mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        try {
            launchedAtLine = lines().size();
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the process last launched has printed {@code text}. */
    public void awaitLine(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines().stream().skip(launchedAtLine).noneMatch(l -> l.contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not print '" + text + "' within " + timeout
                        + ":\n" + tail());
            }
            sleep(20);
        }
    }

    /** A JDBC connection to this instance's database; on H2 only while no service process holds it. */
    public Connection database() throws SQLException {
        String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        return url != null ? DriverManager.getConnection(url, env.get("QUARKUS_DATASOURCE_USERNAME"), "")
                : DriverManager.getConnection("jdbc:h2:file:" + dataDirectory().resolve("errdex"), "sa", "");
    }

    /** The data directory ({@code ERRDEX_DATA_DIR}). */
    public Path dataDirectory() {
        return Path.of(env.get("ERRDEX_DATA_DIR"));
    }

    /** kill -9: the process gets no chance to flush or close anything. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** An orderly stop (SIGTERM). */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Posts a test resource (an RFC 822 email) to the service's webhook with its bearer secret and an
     * {@code X-Request-Id}, and returns the answer.
     */
    public HttpResponse<String> postEmail(String secret, String emailResource, String requestId)
            throws IOException, InterruptedException {
        byte[] email;
        try (InputStream in = ServiceProcess.class.getClassLoader().getResourceAsStream(emailResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + emailResource);
            }
            email = in.readAllBytes();
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + "/triage/inbound"))
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "message/rfc822")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(email))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the process printed so far (standard output and error), line by line. */
    public List<String> lines() {
        try {
            return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process and drops its PostgreSQL database, if it has one. */
    @Override
    public void close() {
        kill();
        if (postgresDatabase != null) {
            postgres("DROP DATABASE IF EXISTS \"" + postgresDatabase + "\" WITH (FORCE)");
        }
    }

    private int status(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + path).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not end within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        List<String> all = lines();
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code sql} on the PostgreSQL server of this build's test database and returns the settings that point
     * the service at {@link #postgresDatabase}.
     */
    private Map<String, String> postgres(String sql) {
        String url = System.getProperty("errdex-test.jdbc-url", "");
        Matcher m = PG_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("errdex-test.jdbc-url '" + url + "' is not jdbc:postgresql://host/db");
        }
        String user = System.getProperty("errdex-test.username", "postgres");
        try (Connection c = DriverManager.getConnection(m.group(1) + "postgres", user, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", m.group(1) + postgresDatabase, "QUARKUS_DATASOURCE_USERNAME",
                user, "QUARKUS_DATASOURCE_PASSWORD", "");
    }
}
