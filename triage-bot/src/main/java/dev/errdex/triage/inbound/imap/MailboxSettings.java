package dev.errdex.triage.inbound.imap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.errdex.triage.inbound.imap.internal.DurationText;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * Settings of the IMAP mailbox channel, prefix {@code errdex.imap}. Each property has the matching environment
 * variable (Quarkus/SmallRye mapping: upper case, dots and dashes become underscores), e.g. {@code errdex.imap.host}
 * is {@code ERRDEX_IMAP_HOST} and {@code errdex.imap.poll-interval} is {@code ERRDEX_IMAP_POLL_INTERVAL}.
 *
 * <p>The channel is disabled when no host is set. A Quarkus application injects this interface directly; tools and
 * tests build one with {@link #builder()}, which applies the same defaults.
 */
@ConfigMapping(prefix = "errdex.imap")
public interface MailboxSettings {

    String DEFAULT_FOLDER = "INBOX";
    String DEFAULT_POLL_INTERVAL = "30s";
    String DEFAULT_BATCH_SIZE = "50";
    String DEFAULT_PROCESSED_FLAG = "$ErrdexProcessed";
    String DEFAULT_QUARANTINE_FLAG = "$ErrdexQuarantined";
    String DEFAULT_MAX_MESSAGE_BYTES = "26214400";
    String DEFAULT_TIMEOUT = "30s";
    String DEFAULT_RECONNECT_DELAY = "1s";
    String DEFAULT_RECONNECT_MAX_DELAY = "5m";

    /** IMAP server host ({@code ERRDEX_IMAP_HOST}). Unset or blank: the channel is off. */
    Optional<String> host();

    /** Server port ({@code ERRDEX_IMAP_PORT}); default 993 with TLS, 143 without. */
    OptionalInt port();

    /**
     * {@code true} (default): implicit TLS (IMAPS) with host-name verification. {@code false}: plain IMAP, for a
     * server on the same host or a trusted network only ({@code ERRDEX_IMAP_TLS}).
     */
    @WithDefault("true")
    boolean tls();

    /** Login name ({@code ERRDEX_IMAP_USER}); required when a host is set. */
    Optional<String> user();

    /** Password or app password ({@code ERRDEX_IMAP_PASSWORD}). */
    Optional<String> password();

    /** Folder to take mail from ({@code ERRDEX_IMAP_FOLDER}). */
    @WithDefault(DEFAULT_FOLDER)
    String folder();

    /**
     * Time between polls when the server does not offer IDLE, and the longest IDLE wait when it does
     * ({@code ERRDEX_IMAP_POLL_INTERVAL}; {@code 30s}, {@code 5m}, {@code PT30S} ...).
     */
    @WithDefault(DEFAULT_POLL_INTERVAL)
    @WithConverter(DurationText.class)
    Duration pollInterval();

    /** Most messages handed to the ticket store per poll; a backlog is taken in batches of this size. */
    @WithDefault(DEFAULT_BATCH_SIZE)
    int batchSize();

    /** IMAP keyword set on a message once its ticket is committed ({@code ERRDEX_IMAP_PROCESSED_FLAG}). */
    @WithDefault(DEFAULT_PROCESSED_FLAG)
    String processedFlag();

    /** IMAP keyword set on a message that was rejected ({@code ERRDEX_IMAP_QUARANTINE_FLAG}). */
    @WithDefault(DEFAULT_QUARANTINE_FLAG)
    String quarantineFlag();

    /** Larger messages are quarantined without being downloaded ({@code ERRDEX_IMAP_MAX_MESSAGE_BYTES}). */
    @WithDefault(DEFAULT_MAX_MESSAGE_BYTES)
    int maxMessageBytes();

    /** Use IDLE when the server offers it ({@code ERRDEX_IMAP_IDLE}); {@code false} forces plain polling. */
    @WithDefault("true")
    boolean idle();

    /** Connect and read timeout of one IMAP command ({@code ERRDEX_IMAP_TIMEOUT}). */
    @WithDefault(DEFAULT_TIMEOUT)
    @WithConverter(DurationText.class)
    Duration timeout();

    /** First wait before reconnecting after a lost connection; doubles on each failure. */
    @WithDefault(DEFAULT_RECONNECT_DELAY)
    @WithConverter(DurationText.class)
    Duration reconnectDelay();

    /** Longest wait between reconnection attempts. */
    @WithDefault(DEFAULT_RECONNECT_MAX_DELAY)
    @WithConverter(DurationText.class)
    Duration reconnectMaxDelay();

    /** Whether the channel is on: a non-blank host is set. */
    default boolean enabled() {
        return host().filter(h -> !h.isBlank()).isPresent();
    }

    /** The port to connect to: the configured one, or 993 (TLS) / 143 (plain). */
    default int effectivePort() {
        return port().orElse(tls() ? 993 : 143);
    }

    /**
     * Identity of the mailbox folder, used as the checkpoint key: {@code user@host/folder}. Two channels reading
     * the same folder of the same account share their checkpoint.
     */
    default String mailboxKey() {
        return user().orElse("") + "@" + host().orElse("").trim().toLowerCase(java.util.Locale.ROOT) + "/" + folder();
    }

    /** Problems that keep an enabled channel from starting; empty when the settings are usable. */
    default List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!enabled()) {
            problems.add("errdex.imap.host is not set (channel disabled)");
            return problems;
        }
        if (user().filter(u -> !u.isBlank()).isEmpty()) {
            problems.add("errdex.imap.user is required");
        }
        if (port().isPresent() && (port().getAsInt() < 1 || port().getAsInt() > 65535)) {
            problems.add("errdex.imap.port must be 1..65535");
        }
        if (folder().isBlank()) {
            problems.add("errdex.imap.folder must not be blank");
        }
        if (batchSize() < 1) {
            problems.add("errdex.imap.batch-size must be at least 1");
        }
        if (maxMessageBytes() < 1024) {
            problems.add("errdex.imap.max-message-bytes must be at least 1024");
        }
        for (String flag : List.of(processedFlag(), quarantineFlag())) {
            if (!flag.matches("[A-Za-z0-9$_.\\-]+")) {
                problems.add("flag '" + flag + "' is not a usable IMAP keyword (letters, digits, $ _ . - only)");
            }
        }
        if (processedFlag().equalsIgnoreCase(quarantineFlag())) {
            problems.add("errdex.imap.processed-flag and quarantine-flag must differ");
        }
        for (Duration d : List.of(pollInterval(), timeout(), reconnectDelay(), reconnectMaxDelay())) {
            if (d.isNegative() || d.isZero()) {
                problems.add("durations must be positive");
                break;
            }
        }
        return problems;
    }

    /** A builder with the same defaults as the configuration mapping. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds settings without a configuration source, for tools and tests. */
    final class Builder {
        private String host;
        private Integer port;
        private boolean tls = true;
        private String user;
        private String password;
        private String folder = DEFAULT_FOLDER;
        private Duration pollInterval = DurationText.parse(DEFAULT_POLL_INTERVAL);
        private int batchSize = Integer.parseInt(DEFAULT_BATCH_SIZE);
        private String processedFlag = DEFAULT_PROCESSED_FLAG;
        private String quarantineFlag = DEFAULT_QUARANTINE_FLAG;
        private int maxMessageBytes = Integer.parseInt(DEFAULT_MAX_MESSAGE_BYTES);
        private boolean idle = true;
        private Duration timeout = DurationText.parse(DEFAULT_TIMEOUT);
        private Duration reconnectDelay = DurationText.parse(DEFAULT_RECONNECT_DELAY);
        private Duration reconnectMaxDelay = DurationText.parse(DEFAULT_RECONNECT_MAX_DELAY);

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder folder(String folder) {
            this.folder = folder;
            return this;
        }

        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder processedFlag(String processedFlag) {
            this.processedFlag = processedFlag;
            return this;
        }

        public Builder quarantineFlag(String quarantineFlag) {
            this.quarantineFlag = quarantineFlag;
            return this;
        }

        public Builder maxMessageBytes(int maxMessageBytes) {
            this.maxMessageBytes = maxMessageBytes;
            return this;
        }

        public Builder idle(boolean idle) {
            this.idle = idle;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder reconnectDelay(Duration reconnectDelay) {
            this.reconnectDelay = reconnectDelay;
            return this;
        }

        public Builder reconnectMaxDelay(Duration reconnectMaxDelay) {
            this.reconnectMaxDelay = reconnectMaxDelay;
            return this;
        }

        public MailboxSettings build() {
            return new Values(Optional.ofNullable(host), port == null ? OptionalInt.empty() : OptionalInt.of(port),
                    tls, Optional.ofNullable(user), Optional.ofNullable(password), folder, pollInterval, batchSize,
                    processedFlag, quarantineFlag, maxMessageBytes, idle, timeout, reconnectDelay,
                    reconnectMaxDelay);
        }

        private record Values(Optional<String> host, OptionalInt port, boolean tls, Optional<String> user,
                              Optional<String> password, String folder, Duration pollInterval, int batchSize,
                              String processedFlag, String quarantineFlag, int maxMessageBytes, boolean idle,
                              Duration timeout, Duration reconnectDelay, Duration reconnectMaxDelay)
                implements MailboxSettings {
            @Override
            public String toString() {
                return "MailboxSettings[" + mailboxKey() + ", port " + effectivePort() + ", tls " + tls
                        + ", batch " + batchSize + ", poll " + pollInterval + "]";
            }
        }
    }
}
