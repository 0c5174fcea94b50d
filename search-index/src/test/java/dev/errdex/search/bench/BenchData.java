package dev.errdex.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.search.EmailText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Inputs of the benchmarks: the dev emails' texts, the dev queries, and a synthetic catalog of any size. */
public final class BenchData {

    static final Path SHARED = Path.of("..", "..", "shared", "datasets");

    private BenchData() {
    }

    /** Readable text of every dev email. */
    public static List<String> emailTexts() throws IOException {
        Path dir = SHARED.resolve("support-emails-dev");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                out.add(EmailText.of(p));
            }
        }
        return out;
    }

    /** Every dev search query. */
    public static List<String> queries() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(SHARED.resolve("search-queries-dev.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = mapper.readTree(line);
                out.add(n.get("q").asText());
            }
        }
        return out;
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

    /**
     * {@code n} entries made from {@code base}: entry i copies base entry i mod size with about a third of its words
     * swapped for other words of the catalog, so templates differ but the vocabulary stays realistic.
     */
    public static List<CatalogEntry> synthetic(List<CatalogEntry> base, int n, long seed) {
        Random r = new Random(seed);
        List<String> vocabulary = new ArrayList<>();
        for (CatalogEntry e : base) {
            Matcher m = WORD.matcher(e.message());
            while (m.find()) {
                if (!m.group().equals(m.group().toUpperCase())) {
                    vocabulary.add(m.group().toLowerCase());
                }
            }
        }
        List<CatalogEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CatalogEntry b = base.get(i % base.size());
            String message = mutate(b.message(), vocabulary, r);
            String title = mutate(b.title(), vocabulary, r);
            out.add(new CatalogEntry("ERR_SYNTH_" + i, "ERR_SYNTH", i, title, message, b.placeholders(), null,
                    null, null, null, List.of(), List.of(), null, null, null, null));
        }
        return out;
    }

    private static String mutate(String text, List<String> vocabulary, Random r) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            boolean placeholder = w.equals(w.toUpperCase());
            m.appendReplacement(sb, placeholder || r.nextInt(3) != 0 ? w
                    : vocabulary.get(r.nextInt(vocabulary.size())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
