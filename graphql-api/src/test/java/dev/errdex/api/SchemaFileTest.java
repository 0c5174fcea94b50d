package dev.errdex.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema served at /graphql/schema.graphql is the committed src/main/resources/schema.graphql. After an intended
 * change, regenerate it: {@code ./mvnw -B -pl graphql-api -am test -Dtest=SchemaFileTest -DwriteSchema=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path FILE = Path.of("src/main/resources/schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("writeSchema")) {
            Files.writeString(FILE, served);
        }
        assertThat(Files.exists(FILE)).as("%s exists (regenerate with -DwriteSchema=true)", FILE).isTrue();
        assertThat(served).as("the schema changed: if intended, regenerate with -DwriteSchema=true")
                .isEqualTo(Files.readString(FILE));
    }
}
