package dev.errdex.api;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served and the committed schema are valid SDL: graphql-java parses them and builds a schema from them (every
 * type used is declared, scalars included), as a code generator must. The generated TypeScript client is checked by
 * {@code .ci/generate-client.sh}.
 */
@QuarkusTest
class SchemaValidityTest {

    @Test
    void theServedSchemaBuildsWithGraphQLJava() {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        GraphQLSchema schema = build(served);
        assertThat(schema.getType("DateTime")).as("DateTime is declared").isNotNull();
        assertThat(schema.getType("BigInteger")).as("BigInteger is declared").isNotNull();
        assertThat(schema.getQueryType().getFieldDefinition("errorCode")).isNotNull();
    }

    @Test
    void theCommittedSchemaBuildsWithGraphQLJava() throws IOException {
        GraphQLSchema schema = build(Files.readString(Path.of("src/main/resources/schema.graphql")));
        assertThat(schema.getQueryType().getFieldDefinition("errorCode")).isNotNull();
    }

    private static GraphQLSchema build(String sdl) {
        TypeDefinitionRegistry types = new SchemaParser().parse(sdl);
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    }
}
