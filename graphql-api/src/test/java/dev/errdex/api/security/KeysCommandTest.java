package dev.errdex.api.security;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusMainTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class KeysCommandTest {

    @Test
    @Launch(value = {"keys", "create", "--role", "editor", "--name", "ci"})
    void createPrintsTheNewKeyOnce(LaunchResult result) {
        assertThat(result.getOutput()).containsPattern("(?m)^errdex_[A-Za-z0-9_-]{43}$");
        assertThat(result.getErrorOutput()).contains("role editor").contains("shown only this once");
    }
}
