package dev.errdex.triage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TriageCommandTest {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private byte[] stdin = new byte[0];

    private int run(String... args) {
        return new TriageCommand(new ByteArrayInputStream(stdin), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(args);
    }

    private List<JsonNode> lines() {
        List<JsonNode> out = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(json.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    private Path copy(String resource, String name) throws IOException {
        return Files.write(dir.resolve(name), Fixtures.bytes(resource));
    }

    @Test
    void printsOneObjectPerEmailOfAFolderSortedByName() throws IOException {
        copy("mail/base64-body.eml", "b.eml");
        copy("mail/forwarded-rfc822.eml", "a.eml");
        Files.writeString(dir.resolve("labels.jsonl"), "{}\n");
        assertThat(run(dir.toString())).isZero();
        List<JsonNode> out = lines();
        assertThat(out).extracting(n -> n.get("source").asText()).containsExactly("a.eml", "b.eml");
        JsonNode a = out.get(0);
        assertThat(a.get("messageId").asText()).isEqualTo("<fwd-1@example.com>");
        assertThat(json.convertValue(a.get("explicit"), List.class)).containsExactly("ERR_NGROK_1929",
                "ERR_NGROK_26033");
        assertThat(a.get("unknown").isArray()).isTrue();
        assertThat(a.get("suggestions").get(0).get("attach").asBoolean()).isTrue();
        assertThat(a.get("hits").get(0).get("part").asText()).isEqualTo("forwarded[1]/body");
    }

    @Test
    void splitsMboxFilesAndNamesEachMessage() throws IOException {
        Path mbox = copy("cli/inbox.mbox", "inbox.mbox");
        assertThat(run(mbox.toString())).isZero();
        List<JsonNode> out = lines();
        assertThat(out).extracting(n -> n.get("source").asText())
                .containsExactly(mbox + "#1", mbox + "#2", mbox + "#3");
        assertThat(out.get(0).get("explicit").get(0).asText()).isEqualTo("ERR_NGROK_108");
        assertThat(out.get(2).get("unknown").get(0).asText()).isEqualTo("ERR_NGROK_3201");
    }

    @Test
    void printsAnErrorObjectForUnreadableFilesGoesOnAndExitsOne() throws IOException {
        Path empty = Files.write(dir.resolve("empty.eml"), new byte[0]);
        Path good = copy("mail/base64-body.eml", "good.eml");
        assertThat(run(empty.toString(), dir.resolve("missing.eml").toString(), good.toString())).isEqualTo(1);
        List<JsonNode> out = lines();
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("error").get("code").asText()).isEqualTo("ERR_ERRDEX_1200");
        assertThat(out.get(1).get("error").get("code").asText()).isEqualTo("ERR_ERRDEX_1220");
        assertThat(out.get(1).get("error").get("message").asText()).isNotBlank();
        assertThat(out.get(2).get("explicit").get(0).asText()).isEqualTo("ERR_NGROK_8012");
    }

    @Test
    void aMessageThatIsNotMailIsReportedButTheRunStillExitsZero() throws IOException {
        Path empty = Files.write(dir.resolve("empty.eml"), new byte[0]);
        assertThat(run(empty.toString())).isZero();
        assertThat(lines().get(0).get("error").get("code").asText()).isEqualTo("ERR_ERRDEX_1200");
    }

    @Test
    void aDashReadsOneMessageFromStandardInput() {
        stdin = Fixtures.bytes("mail/base64-body.eml");
        assertThat(run("-")).isZero();
        List<JsonNode> out = lines();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("source").asText()).isEqualTo("-");
        assertThat(out.get(0).get("explicit").get(0).asText()).isEqualTo("ERR_NGROK_8012");
    }

    @Test
    void suggestionsCarryConfidenceWithScoreAsItsDeprecatedAlias() throws IOException {
        Path a = copy("mail/forwarded-rfc822.eml", "a.eml");
        assertThat(run(a.toString())).isZero();
        JsonNode first = lines().get(0).get("suggestions").get(0);
        assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("score").asDouble()).isEqualTo(first.get("confidence").asDouble());
    }

    @Test
    void usesACatalogExportGivenWithCatalogOption() throws IOException {
        Path catalog = Files.writeString(dir.resolve("catalog.json"),
                "{\"format\":\"errdex-catalog/1\",\"entries\":[{\"code\":\"ERR_ACME_7\",\"namespace\":\"ERR_ACME\",\"number\":7,\"title\":\"t\",\"message\":\"The widget broke.\"}]}");
        Path mail = Files.writeString(dir.resolve("m.eml"), "Subject: x\n\nsaw ERR_ACME_7 and ERR_NGROK_108\n");
        assertThat(run("--catalog", catalog.toString(), mail.toString())).isZero();
        JsonNode o = lines().get(0);
        assertThat(o.get("explicit").get(0).asText()).isEqualTo("ERR_ACME_7");
        assertThat(o.get("unknown").get(0).asText()).isEqualTo("ERR_NGROK_108");
    }

    @Test
    void usesADocsFolderGivenWithCatalogOption() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("err_ngrok_4242.mdx"),
                "---\ntitle: Error 4242\n---\n\n## ERR_NGROK_4242\nThe widget `NAME` is out of stock.\n");
        Path mail = Files.writeString(dir.resolve("m.eml"), "Subject: x\n\nngrok said ERR_NGROK_4242 and ERR_NGROK_108\n");
        assertThat(run("--catalog", docs.toString(), mail.toString())).isZero();
        JsonNode o = lines().get(0);
        assertThat(o.get("explicit").get(0).asText()).isEqualTo("ERR_NGROK_4242");
        assertThat(o.get("unknown").get(0).asText()).isEqualTo("ERR_NGROK_108");
    }

    @Test
    void refusesAnUnreadableCatalogAsAUsageError() throws IOException {
        Path mail = copy("mail/base64-body.eml", "m.eml");
        assertThat(run("--catalog", dir.resolve("nope.json").toString(), mail.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("ERR_ERRDEX_1221");
        assertThat(stdout.size()).isZero();
    }

    @Test
    void explainsUsageOnHelpAndOnMistakes() {
        assertThat(run("--help")).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("usage: bin/triage");
        assertThat(run()).isEqualTo(2);
        assertThat(run("--bogus", "x.eml")).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus");
    }
}
