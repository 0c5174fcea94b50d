package dev.errdex.api.security;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class CreatedKeysTest {

    @Inject
    ApiKeyStore store;

    @Test
    void aCreatedKeyAuthenticatesWithItsRoleAndName() {
        ApiKeyStore.CreatedKey created = store.create(ApiKeys.Role.EDITOR, "ci-bot");

        given().header("Authorization", "Bearer " + created.key()).get("/api/session").then().statusCode(200)
                .body("principal", equalTo("key:ci-bot"))
                .body("roles", containsInAnyOrder("editor", "reader"));
        assertThat(store.list()).anySatisfy(k -> assertThat(k.id()).isEqualTo(created.stored().id()));
    }

    @Test
    void onlyTheHashOfAKeyIsStored() {
        ApiKeyStore.CreatedKey created = store.create(ApiKeys.Role.READER, null);
        assertThat(store.active(ApiKeys.sha256Hex(created.key()))).isPresent();
        assertThat(store.active(created.key())).isEmpty();
    }

    @Test
    void aRevokedKeyIsRejectedWithoutDetail() {
        ApiKeyStore.CreatedKey created = store.create(ApiKeys.Role.AGENT, "leaked");
        assertThat(store.revoke(created.stored().id())).isTrue();
        assertThat(store.revoke(created.stored().id())).isFalse();

        given().header("Authorization", "Bearer " + created.key()).get("/api/session").then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1302"));
    }
}
