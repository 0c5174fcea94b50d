package dev.errdex.triage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.triage.hostile.HostileMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** bin/triage over a folder of the hostile corpus: one answer per file, refusals with their code, the run goes on. */
class HostileFolderTest {

    @TempDir
    Path dir;

    @Test
    void answersEveryFileOfAHostileFolderAndTriagesTheGoodOnesBetween() throws IOException {
        List<HostileMail.Case> cases = HostileMail.all();
        for (int i = 0; i < cases.size(); i++) {
            Files.write(dir.resolve(String.format("%02d-a-%s.eml", i, cases.get(i).name())), cases.get(i).raw());
            Files.write(dir.resolve(String.format("%02d-b-control.eml", i)), HostileMail.CONTROL);
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = new TriageCommand(InputStream.nullInputStream(),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(
                new String[] {dir.toString()});

        assertThat(exit).isZero();
        List<JsonNode> answers = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                answers.add(json.readTree(line));
            }
        }
        assertThat(answers).hasSize(2 * cases.size());
        for (int i = 0; i < cases.size(); i++) {
            HostileMail.Case c = cases.get(i);
            JsonNode hostile = answers.get(2 * i);
            JsonNode control = answers.get(2 * i + 1);
            assertThat(hostile.get("source").asText()).contains(c.name());
            if (c.refusal() != null) {
                assertThat(hostile.at("/error/code").asText()).as(c.name()).isEqualTo(c.refusal().code());
            } else {
                assertThat(hostile.has("error")).as(c.name()).isFalse();
            }
            assertThat(control.get("explicit")).extracting(JsonNode::asText)
                    .containsExactly(HostileMail.CONTROL_CODE);
        }
    }
}
