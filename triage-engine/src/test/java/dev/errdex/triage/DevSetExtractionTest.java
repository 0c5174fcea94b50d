package dev.errdex.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.SharedData;
import dev.errdex.triage.extract.CodeExtractor;
import dev.errdex.triage.extract.Extraction;
import dev.errdex.triage.mail.MailReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Written codes on the labelled dev emails (../shared/datasets/support-emails-dev): explicit precision and recall
 * and unknown recall must be 1.000, computed from labels.jsonl over (email, code) pairs like score-triage.py does.
 */
class DevSetExtractionTest {

    @Test
    void findsEveryWrittenCodeAndNothingElseOnTheDevEmails() throws IOException {
        Path dir = SharedData.require("datasets/support-emails-dev");
        MailReader reader = new MailReader();
        CodeExtractor extractor = CodeExtractor.forCatalog(DefaultCatalog.load());
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int unknownTp = 0;
        int unknownFn = 0;
        int emails = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            String file = label.get("file").asText();
            Extraction found = extractor.extract(reader.read(Files.readAllBytes(dir.resolve(file))));
            emails++;
            Set<String> want = strings(label.get("explicit"));
            Set<String> got = new HashSet<>(found.explicit());
            Set<String> wantUnknown = strings(label.get("unknown"));
            for (String c : got) {
                if (want.contains(c)) {
                    tp++;
                } else {
                    fp++;
                    misses.add(file + ": false " + c);
                }
            }
            for (String c : want) {
                if (!got.contains(c)) {
                    fn++;
                    misses.add(file + ": missed " + c);
                }
            }
            for (String c : wantUnknown) {
                if (found.unknown().contains(c)) {
                    unknownTp++;
                } else {
                    unknownFn++;
                    misses.add(file + ": missed unknown " + c);
                }
            }
        }
        assertThat(emails).as("labelled emails").isGreaterThanOrEqualTo(60);
        assertThat(tp).as("explicit codes found").isPositive();
        assertThat(ratio(tp, tp + fp)).as("explicit precision; misses: %s", misses).isEqualTo(1.0);
        assertThat(ratio(tp, tp + fn)).as("explicit recall; misses: %s", misses).isEqualTo(1.0);
        assertThat(ratio(unknownTp, unknownTp + unknownFn)).as("unknown recall; misses: %s", misses).isEqualTo(1.0);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
