package dev.errdex.api.security;

import dev.errdex.api.cli.CommandRunner;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys commands on the running application's beans (one command launch is in KeysCommandTest). */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class KeysCommandUsageTest {

    @Inject
    CommandRunner command;

    @Inject
    ApiKeyStore store;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void revokeStopsACreatedKey() {
        assertThat(run("keys", "create", "--role", "reader", "--name", "temp")).isZero();
        String key = out.toString(StandardCharsets.UTF_8).strip();
        String id = store.active(ApiKeys.sha256Hex(key)).orElseThrow().id();

        assertThat(run("keys", "revoke", id)).isZero();
        assertThat(store.active(ApiKeys.sha256Hex(key))).isEmpty();
    }

    @Test
    void revokingAnUnknownKeyFails() {
        assertThat(run("keys", "revoke", "k000000000000")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no active key k000000000000");
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        assertThat(run("keys", "create", "--role", "wizard")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'wizard' is not reader, agent, editor or admin");
    }
}
