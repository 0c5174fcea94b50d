package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

class MailboxSettingsTest {

    private static MailboxSettings fromEnvironment(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(env, 300))
                .withMapping(MailboxSettings.class)
                .build();
        return config.getConfigMapping(MailboxSettings.class);
    }

    @Test
    void readsEveryPropertyFromItsEnvironmentVariable() {
        MailboxSettings s = fromEnvironment(Map.ofEntries(
                Map.entry("ERRDEX_IMAP_HOST", "imap.example.com"),
                Map.entry("ERRDEX_IMAP_PORT", "1993"),
                Map.entry("ERRDEX_IMAP_TLS", "false"),
                Map.entry("ERRDEX_IMAP_USER", "support@example.com"),
                Map.entry("ERRDEX_IMAP_PASSWORD", "app-password"),
                Map.entry("ERRDEX_IMAP_FOLDER", "Support/Incoming"),
                Map.entry("ERRDEX_IMAP_POLL_INTERVAL", "2m"),
                Map.entry("ERRDEX_IMAP_BATCH_SIZE", "20"),
                Map.entry("ERRDEX_IMAP_PROCESSED_FLAG", "$Ticketed"),
                Map.entry("ERRDEX_IMAP_QUARANTINE_FLAG", "$Refused"),
                Map.entry("ERRDEX_IMAP_MAX_MESSAGE_BYTES", "1048576"),
                Map.entry("ERRDEX_IMAP_IDLE", "false"),
                Map.entry("ERRDEX_IMAP_TIMEOUT", "45s"),
                Map.entry("ERRDEX_IMAP_RECONNECT_DELAY", "500ms"),
                Map.entry("ERRDEX_IMAP_RECONNECT_MAX_DELAY", "PT10M")));

        assertThat(s.enabled()).isTrue();
        assertThat(s.host()).contains("imap.example.com");
        assertThat(s.effectivePort()).isEqualTo(1993);
        assertThat(s.tls()).isFalse();
        assertThat(s.user()).contains("support@example.com");
        assertThat(s.password()).contains("app-password");
        assertThat(s.folder()).isEqualTo("Support/Incoming");
        assertThat(s.pollInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.batchSize()).isEqualTo(20);
        assertThat(s.processedFlag()).isEqualTo("$Ticketed");
        assertThat(s.quarantineFlag()).isEqualTo("$Refused");
        assertThat(s.maxMessageBytes()).isEqualTo(1048576);
        assertThat(s.idle()).isFalse();
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(s.reconnectDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.reconnectMaxDelay()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.mailboxKey()).isEqualTo("support@example.com@imap.example.com/Support/Incoming");
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void mappingAndBuilderApplyTheSameDefaults() {
        MailboxSettings mapped = fromEnvironment(Map.of("ERRDEX_IMAP_HOST", "imap.example.com",
                "ERRDEX_IMAP_USER", "support"));
        MailboxSettings built = MailboxSettings.builder().host("imap.example.com").user("support").build();

        for (MailboxSettings s : new MailboxSettings[] {mapped, built}) {
            assertThat(s.tls()).isTrue();
            assertThat(s.effectivePort()).isEqualTo(993);
            assertThat(s.folder()).isEqualTo("INBOX");
            assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(30));
            assertThat(s.batchSize()).isEqualTo(50);
            assertThat(s.processedFlag()).isEqualTo("$ErrdexProcessed");
            assertThat(s.quarantineFlag()).isEqualTo("$ErrdexQuarantined");
            assertThat(s.maxMessageBytes()).isEqualTo(25 * 1024 * 1024);
            assertThat(s.idle()).isTrue();
            assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(s.reconnectDelay()).isEqualTo(Duration.ofSeconds(1));
            assertThat(s.reconnectMaxDelay()).isEqualTo(Duration.ofMinutes(5));
        }
        assertThat(MailboxSettings.builder().host("h").user("u").tls(false).build().effectivePort()).isEqualTo(143);
    }

    @Test
    void readsDottedPropertyNames() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("errdex.imap.host", "mail.local",
                        "errdex.imap.user", "bot", "errdex.imap.poll-interval", "15"), "test", 100))
                .withMapping(MailboxSettings.class)
                .build();

        MailboxSettings s = config.getConfigMapping(MailboxSettings.class);

        assertThat(s.host()).contains("mail.local");
        assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void isDisabledWithoutHost() {
        assertThat(fromEnvironment(Map.of()).enabled()).isFalse();
        assertThat(fromEnvironment(Map.of("ERRDEX_IMAP_HOST", "")).enabled()).isFalse();
        assertThat(MailboxSettings.builder().host("  ").build().enabled()).isFalse();
    }

    @Test
    void listsWhatKeepsAnEnabledChannelFromStarting() {
        MailboxSettings s = MailboxSettings.builder().host("imap.example.com").batchSize(0)
                .processedFlag("\\Seen").quarantineFlag("$ErrdexQuarantined").build();

        assertThat(s.problems()).anyMatch(p -> p.contains("errdex.imap.user is required"))
                .anyMatch(p -> p.contains("batch-size"))
                .anyMatch(p -> p.contains("'\\Seen' is not a usable IMAP keyword"));
    }

    @Test
    void pollerRefusesUnusableSettingsWithErrorCode() {
        MailboxSettings noUser = MailboxSettings.builder().host("imap.example.com").build();
        MailboxSettings off = MailboxSettings.builder().build();

        assertThatThrownBy(() -> new MailboxPoller(noUser, m -> HandleOutcome.committed("t"),
                new InMemoryCheckpointStore()))
                .isInstanceOfSatisfying(MailboxException.class,
                        e -> assertThat(e.code()).isEqualTo(ImapErrorCode.SETTINGS_INVALID))
                .hasMessageStartingWith("ERR_ERRDEX_1280").hasMessageContaining("errdex.imap.user");
        assertThatThrownBy(() -> new MailboxPoller(off, m -> HandleOutcome.committed("t"),
                new InMemoryCheckpointStore()))
                .hasMessageContaining("disabled");
    }

    @Test
    void rejectsMalformedDuration() {
        assertThatThrownBy(() -> fromEnvironment(Map.of("ERRDEX_IMAP_HOST", "h", "ERRDEX_IMAP_POLL_INTERVAL",
                "soon")).pollInterval())
                .hasStackTraceContaining("Not a duration: 'soon'");
    }
}
