package dev.errdex.api;

import dev.errdex.api.config.ErrdexConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class ServiceWiringTest {

    @Inject
    ErrdexConfig config;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void healthIsUpWithTheDatabaseAndTheCatalog() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "catalog"));
    }

    @Test
    void theApplicationIsBuiltForTheDatabaseKindTheBuildAskedFor() {
        assertThat(dbKind).isEqualTo(System.getProperty("errdex.db-kind", "h2"));
    }

    @Test
    void theDataDirectoryDefaultsToDotSlashData() {
        assertThat(config.dataDir()).isEqualTo("./data");
    }
}
