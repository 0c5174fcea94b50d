package dev.errdex.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.cli.CommandRunner;
import dev.errdex.api.cli.ErrdexCommands;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * H2 as a second vendor through the product: {@code import ErrorCode.java --java-constants --namespace H2 --messages
 * PROPS} imports H2 2.4.240's codes (the sources jar catalog-core's build unpacks into {@code target/h2-sources}, the
 * English messages from the H2 jar on the classpath); then GraphQL {@code search} for an H2 message and {@code match}
 * of a support email that pastes an H2 exception find the H2 code with the engine that serves ngrok's codes.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class H2SecondVendorTest {

    private static final Path ERROR_CODE_JAVA = Path.of("../catalog-core/target/h2-sources/org/h2/api/ErrorCode.java");

    @Inject
    CommandRunner commands;

    @Inject
    CatalogService catalog;

    @TempDir
    Path dir;

    private int importH2() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(Files.isRegularFile(ERROR_CODE_JAVA), "H2's sources are unpacked by catalog-core's build"
                    + " (generate-test-resources); build with -am");
        }
        Path messages = dir.resolve("_messages_en.prop");
        try (InputStream data = getClass().getClassLoader().getResourceAsStream("org/h2/util/data.zip");
             ZipInputStream zip = new ZipInputStream(data)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("org/h2/res/_messages_en.prop")) {
                    Files.write(messages, zip.readAllBytes());
                }
            }
        }
        assertThat(messages).as("H2's English messages").isRegularFile();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return commands.execute(new String[] {"import", ERROR_CODE_JAVA.toString(), "--java-constants",
                        "--namespace", "H2", "--messages", messages.toString(), "--by", "h2-import"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void h2sCodesAreImportedAndFoundBySearchAndByTheMatchOfAPastedException() throws Exception {
        assertThat(importH2()).isEqualTo(ErrdexCommands.OK);

        assertThat(catalog.entries().stream().map(CatalogEntry::namespace).filter("ERR_H2"::equals).count())
                .isEqualTo(201);
        // messages from H2's bundle: keyed by the code's number, or by the key ErrorCode.getState maps the code to
        // (42102, table not found, is looked up by its SQL state 42S02)
        assertThat(catalog.find("ERR_H2_90057").orElseThrow().entry().message()).isEqualTo("Constraint `ARG0` not found");
        assertThat(catalog.find("ERR_H2_42102").orElseThrow().entry().message()).isEqualTo("Table `ARG0` not found");

        JsonNode hits = GraphQLClient.post("search.graphql", Map.of("query", "constraint not found", "first", 5))
                .path("data").path("search");
        assertThat(hits.get(0).path("code").asText()).as(hits.toString()).isEqualTo("ERR_H2_90057");
        JsonNode tables = GraphQLClient.post("search.graphql", Map.of("query", "Table \"ORDERS\" not found",
                "first", 5)).path("data").path("search");
        assertThat(tables.get(0).path("code").asText()).as(tables.toString()).isEqualTo("ERR_H2_42102");

        String email = """
                Hi, since the upgrade our migration fails with

                org.h2.jdbc.JdbcSQLSyntaxErrorException: Constraint "FK_ORDERS_CUSTOMER" not found; SQL statement:
                ALTER TABLE ORDERS DROP CONSTRAINT FK_ORDERS_CUSTOMER [90057-240]
                    at org.h2.message.DbException.getJdbcSQLException(DbException.java:514)

                What should we do?
                """;
        JsonNode match = GraphQLClient.post("match.graphql", Map.of("text", email)).path("data").path("match");
        assertThat(match.path("suggestions").get(0).path("code").asText()).as(match.toString())
                .isEqualTo("ERR_H2_90057");
    }
}
