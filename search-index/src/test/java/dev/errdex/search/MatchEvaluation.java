package dev.errdex.search;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link CatalogIndex#match} over the dev support emails and scores the suggestions the way
 * {@code shared/tools/score-triage.py} does for emails with no code written: top1, top3, MRR, attach precision and
 * coverage, noise false attach. Writes an OUT file that script reads (with empty explicit and unknown lists: code
 * extraction is triage-bot's, so only the suggestion figures of that script are meaningful for this file).
 */
public final class MatchEvaluation {

    /** Suggestions returned per email (as bin/triage prints). */
    public static final int LIMIT = 5;

    /** What one run scored. */
    public record Figures(int withAnswer, int noise, double top1, double top3, double mrr, double attachPrecision,
                          double attachCoverage, double noiseFalseAttach, List<String> misses) {
        @Override
        public String toString() {
            return String.format("with-answer %d  noise %d%ntop1=%.3f top3=%.3f mrr=%.3f attach_precision=%.3f "
                            + "attach_coverage=%.3f noise_false_attach=%.3f", withAnswer, noise, top1, top3, mrr,
                    attachPrecision, attachCoverage, noiseFalseAttach);
        }
    }

    /** One labelled email and its text. */
    public record Email(String file, String text, List<String> explicit, String inferred, Set<String> right,
                        String kind) {
    }

    private MatchEvaluation() {
    }

    /** The emails of {@code dir} (labels.jsonl and the .eml files). */
    public static List<Email> emails(Path dir) throws IOException {
        List<Email> out = new ArrayList<>();
        for (JsonNode l : Jsonl.read(dir.resolve("labels.jsonl"))) {
            String inferred = l.hasNonNull("inferred") ? l.get("inferred").asText() : null;
            Set<String> right = new HashSet<>(Jsonl.strings(l.get("acceptable")));
            if (inferred != null) {
                right.add(inferred);
            }
            String file = l.get("file").asText();
            out.add(new Email(file, EmailText.of(dir.resolve(file)), Jsonl.strings(l.get("explicit")), inferred,
                    right, l.get("kind").asText()));
        }
        return out;
    }

    /** Matches every email; writes the OUT file when {@code outFile} is not null. */
    public static Figures run(CatalogIndex index, List<Email> emails, Path outFile) throws IOException {
        Map<String, List<Suggestion>> answers = new LinkedHashMap<>();
        for (Email e : emails) {
            answers.put(e.file(), index.match(e.text(), LIMIT));
        }
        if (outFile != null) {
            List<Map<String, Object>> rows = new ArrayList<>();
            answers.forEach((file, sugs) -> rows.add(Map.of("source", file, "explicit", List.of(),
                    "unknown", List.of(), "suggestions", sugs.stream().map(s -> Map.of("code", s.code(),
                            "score", s.confidence(), "attach", s.attach())).toList())));
            Jsonl.write(outFile, rows);
        }
        return score(emails, answers);
    }

    /** The figures of score-triage.py's suggestion part. */
    public static Figures score(List<Email> emails, Map<String, List<Suggestion>> answers) {
        int inferred = 0;
        int top1 = 0;
        int top3 = 0;
        double rr = 0;
        int attached = 0;
        int attachedRight = 0;
        int noise = 0;
        int noiseAttached = 0;
        List<String> misses = new ArrayList<>();
        for (Email e : emails) {
            if (!e.explicit().isEmpty()) {
                continue;
            }
            List<Suggestion> sugs = answers.getOrDefault(e.file(), List.of());
            List<String> codes = sugs.stream().map(Suggestion::code).toList();
            if (e.inferred() != null) {
                inferred++;
                int rank = 0;
                for (int i = 0; i < codes.size(); i++) {
                    if (e.right().contains(codes.get(i))) {
                        rank = i + 1;
                        break;
                    }
                }
                top1 += rank == 1 ? 1 : 0;
                top3 += rank >= 1 && rank <= 3 ? 1 : 0;
                rr += rank > 0 ? 1.0 / rank : 0;
                if (rank != 1) {
                    misses.add(e.file() + " [" + e.kind() + "] want " + e.inferred() + " got "
                            + codes.subList(0, Math.min(3, codes.size())));
                }
            } else {
                noise++;
                if (sugs.stream().anyMatch(Suggestion::attach)) {
                    noiseAttached++;
                    misses.add(e.file() + " [" + e.kind() + "] noise attached " + codes.get(0));
                }
            }
            if (!sugs.isEmpty() && sugs.get(0).attach()) {
                attached++;
                if (e.right().contains(codes.get(0))) {
                    attachedRight++;
                } else {
                    misses.add(e.file() + " [" + e.kind() + "] WRONG ATTACH " + codes.get(0));
                }
            }
        }
        return new Figures(inferred, noise, div(top1, inferred), div(top3, inferred), inferred == 0 ? 1 : rr / inferred,
                div(attachedRight, attached), div(attachedRight, inferred),
                noise == 0 ? 0 : (double) noiseAttached / noise, misses);
    }

    private static double div(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
