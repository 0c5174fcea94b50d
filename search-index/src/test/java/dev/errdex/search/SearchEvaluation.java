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
 * Runs the search-box queries of the dev set through {@link CatalogIndex#search} and scores them the way
 * {@code shared/tools/score-search.py} does (top1, top3, MRR@5, top1 per query style). Also writes the ANSWERS file
 * that script reads.
 */
public final class SearchEvaluation {

    /** What one run scored. */
    public record Figures(int queries, double top1, double top3, double mrr, Map<String, int[]> byStyle,
                          List<String> misses) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            byStyle.forEach((k, v) -> sb.append(k).append('=').append(v[0]).append('/').append(v[1]).append(' '));
            return sb + String.format("%nqueries=%d top1=%.3f top3=%.3f mrr@5=%.3f", queries, top1, top3, mrr);
        }
    }

    private SearchEvaluation() {
    }

    /** Searches every query of {@code queriesFile}; writes the answers to {@code answersFile} when not null. */
    public static Figures run(CatalogIndex index, Path queriesFile, Path answersFile) throws IOException {
        List<JsonNode> queries = Jsonl.read(queriesFile);
        List<Map<String, Object>> answers = new ArrayList<>();
        int top1 = 0;
        int top3 = 0;
        double rr = 0;
        Map<String, int[]> byStyle = new java.util.TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (JsonNode q : queries) {
            List<String> codes = index.search(q.get("q").asText(), 5).stream().map(SearchHit::code).toList();
            answers.add(Map.of("codes", codes));
            Set<String> right = new HashSet<>(Jsonl.strings(q.get("acceptable")));
            right.add(q.get("code").asText());
            int rank = 0;
            for (int i = 0; i < codes.size(); i++) {
                if (right.contains(codes.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            top1 += rank == 1 ? 1 : 0;
            top3 += rank >= 1 && rank <= 3 ? 1 : 0;
            rr += rank > 0 ? 1.0 / rank : 0;
            int[] s = byStyle.computeIfAbsent(q.get("style").asText(), k -> new int[2]);
            s[0] += rank == 1 ? 1 : 0;
            s[1]++;
            if (rank != 1) {
                misses.add(String.format("[%s] %s -> want %s got %s", q.get("style").asText(),
                        q.get("q").asText(), q.get("code").asText(), codes.subList(0, Math.min(3, codes.size()))));
            }
        }
        if (answersFile != null) {
            Jsonl.write(answersFile, answers);
        }
        int n = queries.size();
        return new Figures(n, (double) top1 / n, (double) top3 / n, rr / n, new LinkedHashMap<>(byStyle), misses);
    }
}
