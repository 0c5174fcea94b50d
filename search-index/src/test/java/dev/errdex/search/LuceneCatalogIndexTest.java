package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneCatalogIndexTest {

    private static CatalogIndex shared;

    @BeforeAll
    static void build() {
        shared = LuceneCatalogIndex.inMemory(SmallCatalog.smallWithOverlay());
    }

    @AfterAll
    static void close() {
        shared.close();
    }

    private static List<String> codes(List<? extends Object> results) {
        return results.stream().map(r -> r instanceof Suggestion s ? s.code() : ((SearchHit) r).code()).toList();
    }

    @Test
    void indexesEveryEntryOnce() {
        assertThat(shared.size()).isEqualTo(SmallCatalog.SMALL.size());
    }

    @Test
    void pastedMessageWithRealValuesMatchesItsTemplateAndAttaches() {
        String email = """
                Hi,

                our nightly job fails and the logs say:

                  Too many connections! The tunnel session ts_9Qx2 has violated the rate-limit policy of 20 \
                connections per minute by initiating 143 connections in the last 60 seconds. Decrease your inbound \
                connection volume or upgrade to a paid plan for additional capacity.

                Thanks,
                Marco
                """;
        List<Suggestion> s = shared.match(email, 3);
        assertThat(s.get(0).code()).isEqualTo("ERR_NGROK_702");
        assertThat(s.get(0).attach()).isTrue();
        assertThat(s.get(0).confidence()).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
        assertThat(s.get(0).evidence()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("message");
            assertThat(e.sentence()).contains("has violated the rate-limit policy");
        });
    }

    @Test
    void mailAboutNoErrorAttachesNothing() {
        String email = """
                Hello,

                could you send me the invoice for March with our VAT number on it? Our purchase order is 3200.

                Best regards,
                Ana
                """;
        assertThat(shared.match(email, 5)).noneMatch(Suggestion::attach)
                .allSatisfy(s -> assertThat(s.confidence()).isLessThan(0.5));
    }

    @Test
    void codesSharingOneMessageAreBothOfferedAndTheFirstIsAttached() {
        List<Suggestion> s = shared.match("Hi, the page says: " + SmallCatalog.entry("ERR_NGROK_4101").message()
                .replace("`EMAIL`", "owner@example.com"), 3);
        assertThat(codes(s).subList(0, 2)).containsExactlyInAnyOrder("ERR_NGROK_4101", "ERR_NGROK_4451");
        assertThat(s.get(0).attach()).isTrue();
    }

    @Test
    void symptomPhrasesFindACodeDescribedInOwnWords() {
        List<Suggestion> s = shared.match("Since this morning the public address stopped answering; I think "
                + "somebody killed the agent process on the server.", 3);
        assertThat(s.get(0).code()).isEqualTo("ERR_NGROK_3200");
        assertThat(s.get(0).evidence()).anySatisfy(e -> assertThat(e.field()).isEqualTo("symptom"));
        assertThat(s.get(0).attach()).isFalse();
    }

    @Test
    void emptyTextHasNoSuggestions() {
        assertThat(shared.match("", 5)).isEmpty();
        assertThat(shared.match(null, 5)).isEmpty();
        assertThat(shared.match("the endpoint is offline", 0)).isEmpty();
    }

    @Test
    void searchFindsACodeInAnySpelling() {
        for (String q : List.of("ERR_NGROK_8012", "err-ngrok-8012", "err ngrok 08012", "8012")) {
            assertThat(shared.search(q, 3).get(0).code()).as(q).isEqualTo("ERR_NGROK_8012");
        }
    }

    @Test
    void aNumberInsideALongerQueryIsNotTakenForACode() {
        assertThat(shared.search("ngrok error 8012", 1).get(0).code()).isEqualTo("ERR_NGROK_8012");
        assertThat(codes(shared.search("my account was suspended, see our invoice number 8012", 3)))
                .doesNotContain("ERR_NGROK_8012");
    }

    @Test
    void searchToleratesTyposAndRunTogetherWords() {
        assertThat(codes(shared.search("endpint isoffline", 3))).first().isEqualTo("ERR_NGROK_3200");
        assertThat(codes(shared.search("simultanous agnet sesions", 3))).first().isEqualTo("ERR_NGROK_108");
    }

    @Test
    void searchFindsAFragmentWithRealValues() {
        assertThat(shared.search("failed to establish a connection to the upstream web service at localhost:5173",
                3).get(0).code()).isEqualTo("ERR_NGROK_8012");
    }

    @Test
    void searchUsesTheFixGuide() {
        assertThat(shared.search("forward the port the service listens on", 3).get(0).code())
                .isEqualTo("ERR_NGROK_8012");
    }

    @Test
    void searchHitHasTitleCategoryAndMarkedEscapedSnippet() {
        SearchHit hit = shared.search("upstream web service", 1).get(0);
        assertThat(hit.code()).isEqualTo("ERR_NGROK_8012");
        assertThat(hit.title()).isEqualTo(SmallCatalog.entry("ERR_NGROK_8012").title());
        assertThat(hit.category()).isEqualTo("agent");
        assertThat(hit.snippet()).contains("<mark>upstream</mark> <mark>web</mark> <mark>service</mark>");
        assertThat(hit.snippet().replaceAll("</?mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void searchGroupsEntriesWithoutCategoryUnderUncategorized() {
        List<CatalogEntry> entries = new ArrayList<>(SmallCatalog.smallWithOverlay());
        entries.add(SmallCatalog.invented(9, "Quokka burrow flooded", "The quokka burrow is flooded."));
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(entries)) {
            SearchHit hit = index.search("quokka burrow flooded", 1).get(0);
            assertThat(hit.code()).isEqualTo("ERR_TEST_9");
            assertThat(hit.category()).isEqualTo("uncategorized");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "title:(x OR", "*", "?", "a AND OR NOT b", "\\", "[1 TO", "~~~",
        "/regex[/", "+-&&||!(){}[]^\"~*?:\\/", "<script>alert(1)</script>", "'; DROP TABLE codes; --", "   ",
        "\u0000\uFFFF\uD83D\uDE00", "ERR_NGROK_", "99999999999999999999"})
    void searchIsSafeWithAnyCharacters(String query) {
        List<SearchHit> hits = shared.search(query, 5);
        assertThat(hits).hasSizeLessThanOrEqualTo(5);
        hits.forEach(h -> assertThat(h.snippet()).doesNotContain("<script>"));
    }

    @Test
    void searchSurvivesRandomInput() {
        Random r = new Random(1);
        for (int i = 0; i < 300; i++) {
            char[] c = new char[r.nextInt(80)];
            for (int j = 0; j < c.length; j++) {
                c[j] = (char) r.nextInt(0x3000);
            }
            shared.search(new String(c), 5);
            shared.match(new String(c), 5);
        }
    }

    @Test
    void searchOfALongQueryIsCutNotRefused() {
        assertThat(shared.search("upstream web service ".repeat(2_000), 3)).isNotEmpty();
    }

    @Test
    void upsertIsVisibleWhenItReturnsAndEditsReplaceTheOldText() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small())) {
            index.upsert(SmallCatalog.invented(1, "Quantum flux capacitor overheated",
                    "The flux capacitor reached `TEMP` degrees."));
            assertThat(index.size()).isEqualTo(SmallCatalog.SMALL.size() + 1);
            assertThat(index.search("flux capacitor", 1).get(0).code()).isEqualTo("ERR_TEST_1");

            index.upsert(SmallCatalog.invented(1, "Warp coil misaligned", "The warp coil is misaligned."));
            assertThat(index.size()).isEqualTo(SmallCatalog.SMALL.size() + 1);
            assertThat(codes(index.search("flux capacitor", 5))).doesNotContain("ERR_TEST_1");
            assertThat(index.search("warp coil", 1).get(0).code()).isEqualTo("ERR_TEST_1");
        }
    }

    @Test
    void snippetsFollowAnEditedEntryAndCorrectionsFollowTheVocabulary() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small())) {
            index.upsert(SmallCatalog.invented(1, "Quantum flux capacitor overheated",
                    "The flux capacitor reached `TEMP` degrees."));
            assertThat(index.search("flux capacitor", 1).get(0).snippet()).contains("<mark>capacitor</mark>");
            // a misspelt word no entry has yet: nothing to correct it to
            assertThat(codes(index.search("zebrafsh", 5))).doesNotContain("ERR_TEST_1");

            index.upsert(SmallCatalog.invented(1, "Quantum flux capacitor overheated",
                    "The flux capacitor of the zebrafish tank reached `TEMP` degrees."));
            SearchHit hit = index.search("flux capacitor", 1).get(0);
            assertThat(hit.snippet()).contains("<mark>capacitor</mark>").contains("zebrafish");
            // the same typo, asked again after the change, is corrected from the new vocabulary
            assertThat(index.search("zebrafsh", 1).get(0).code()).isEqualTo("ERR_TEST_1");
        }
    }

    @Test
    void aDeprecatedCodeGivesWayToTheActiveOneWithTheSameMessage() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(List.of())) {
            CatalogEntry old = SmallCatalog.invented(1, "Widget jammed", "The widget jammed at `PLACE`.");
            CatalogEntry successor = SmallCatalog.invented(2, "Widget jammed", "The widget jammed at `PLACE`.");
            index.upsertAll(List.of(old, successor));
            assertThat(index.match("The widget jammed at the gate.", 2).get(0).code()).isEqualTo("ERR_TEST_1");
            index.upsert(new CatalogEntry(old.code(), old.namespace(), old.number(), old.title(), old.message(),
                    old.placeholders(), null, null, null, null, List.of(), List.of(), null, null,
                    CatalogEntry.Status.DEPRECATED, successor.code()));
            assertThat(index.match("The widget jammed at the gate.", 2).get(0).code()).isEqualTo("ERR_TEST_2");
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void anEntryWithoutTitleOrMessageIsFoundByItsSymptoms() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(List.of())) {
            index.upsert(new CatalogEntry("ERR_TEST_9", "ERR_TEST", 9, null, null, null, null, null, null, null,
                    List.of("the coffee machine blinks red twice"), null, null, null, null, null));
            assertThat(index.search("coffee machine blinking", 1).get(0).code()).isEqualTo("ERR_TEST_9");
            assertThat(index.match("Our coffee machine blinks red twice every morning.", 1).get(0).code())
                    .isEqualTo("ERR_TEST_9");
        }
    }

    @Test
    void upsertAllAddsManyAtOnce() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(List.of())) {
            index.upsertAll(List.of(SmallCatalog.invented(1, "Alpha failed", "Alpha failed."),
                    SmallCatalog.invented(2, "Beta failed", "Beta failed.")));
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.search("beta", 1).get(0).code()).isEqualTo("ERR_TEST_2");
        }
    }

    @Test
    void removeTakesACodeOutInAnySpelling() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small())) {
            index.remove("err-ngrok-8012");
            assertThat(index.size()).isEqualTo(SmallCatalog.SMALL.size() - 1);
            assertThat(codes(index.search("upstream web service", 5))).doesNotContain("ERR_NGROK_8012");
            index.remove("ERR_NGROK_424242");
            assertThat(index.size()).isEqualTo(SmallCatalog.SMALL.size() - 1);
        }
    }

    @Test
    void learnedEvidenceMakesASupportTextFindItsCode() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small())) {
            String text = "The kiosk in the lobby shows a grey screen with a spinning pinwheel";
            assertThat(codes(index.match(text, 3))).doesNotContain("ERR_NGROK_3200");
            index.addEvidence("ERR_NGROK_3200", "lobby kiosk grey screen spinning pinwheel");
            List<Suggestion> s = index.match(text, 3);
            assertThat(s.get(0).code()).isEqualTo("ERR_NGROK_3200");
            assertThat(s.get(0).evidence()).anySatisfy(e -> assertThat(e.field()).isEqualTo("learned"));
            index.upsert(SmallCatalog.entry("ERR_NGROK_3200"));
            assertThat(index.match(text, 1).get(0).code()).as("an edit keeps learned texts")
                    .isEqualTo("ERR_NGROK_3200");
        }
    }

    @Test
    void learnedTextsPerCodeAreBoundedOldestFirstOut() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small())) {
            index.addEvidence("ERR_NGROK_3200", "zeppelin hangar doors jammed");
            for (int i = 0; i < LuceneCatalogIndex.MAX_EVIDENCE_TEXTS; i++) {
                index.addEvidence("ERR_NGROK_3200", "wombat plimsoll number " + i);
            }
            assertThat(codes(index.search("zeppelin hangar", 3))).doesNotContain("ERR_NGROK_3200");
            assertThat(index.search("wombat plimsoll", 1).get(0).code()).isEqualTo("ERR_NGROK_3200");
        }
    }

    @Test
    void evidenceForAnUnknownCodeIsRefusedWithItsErrdexCode() {
        assertThatThrownBy(() -> shared.addEvidence("ERR_NGROK_424242", "text"))
                .isInstanceOf(SearchIndexException.class)
                .hasMessageStartingWith("ERR_ERRDEX_1102")
                .satisfies(e -> assertThat(((SearchIndexException) e).error()).isEqualTo(SearchErrorCode.UNKNOWN_CODE));
    }

    @Test
    void onDiskIndexIsRebuiltFromTheCatalogAndKeepsLearnedEvidence(@TempDir Path dir) {
        String text = "lobby kiosk grey screen spinning pinwheel";
        try (CatalogIndex index = LuceneCatalogIndex.onDisk(dir, SmallCatalog.small())) {
            index.addEvidence("ERR_NGROK_3200", text);
        }
        List<CatalogEntry> changed = new ArrayList<>(SmallCatalog.small());
        changed.add(SmallCatalog.invented(7, "Gamma ray burst", "Gamma ray burst detected."));
        try (CatalogIndex index = LuceneCatalogIndex.onDisk(dir, changed)) {
            assertThat(index.size()).isEqualTo(SmallCatalog.SMALL.size() + 1);
            assertThat(index.match(text, 1).get(0).code()).isEqualTo("ERR_NGROK_3200");
            assertThat(index.search("gamma ray", 1).get(0).code()).isEqualTo("ERR_TEST_7");
        }
    }

    @Test
    void anIndexOpenedFromDiskAnswersAsItDidBeforeItWasClosed(@TempDir Path dir) {
        List<CatalogEntry> catalog = DefaultCatalog.load();
        String learned = "lobby kiosk grey screen spinning pinwheel";
        List<String> texts = List.of(learned, "The endpoint is offline.", "upstream web service",
                "ERR_NGROK_8012 failed to reach 127.0.0.1:8080 in time", "authentication failed: invalid authtoken",
                "tunnel session ended and the agent reconnects in a loop", "TLS handshake certificate expired",
                "your account is limited to one simultaneous agent session", "8012");
        List<List<Suggestion>> matches = new ArrayList<>();
        List<List<SearchHit>> hits = new ArrayList<>();
        String fingerprint;
        try (LuceneCatalogIndex index = LuceneCatalogIndex.create(dir, catalog, Map.of(), IndexOptions.defaults())) {
            index.addEvidence("ERR_NGROK_3200", learned);
            for (String text : texts) {
                matches.add(index.match(text, 5));
                hits.add(index.search(text, 5));
            }
            fingerprint = index.fingerprint();
        }
        RecursiveComparisonConfiguration close = RecursiveComparisonConfiguration.builder()
                .withComparatorForType(CLOSE, Double.class).build();
        try (LuceneCatalogIndex opened = LuceneCatalogIndex.open(dir, catalog, IndexOptions.defaults())) {
            assertThat(opened.fingerprint()).isEqualTo(fingerprint);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(opened.match(texts.get(i), 5)).as(texts.get(i))
                        .usingRecursiveFieldByFieldElementComparator(close).isEqualTo(matches.get(i));
                assertThat(opened.search(texts.get(i), 5)).as(texts.get(i))
                        .usingRecursiveFieldByFieldElementComparator(close).isEqualTo(hits.get(i));
            }
        }
    }

    /** Doubles equal up to rounding (sums over sets may add in another order in another index). */
    private static final java.util.Comparator<Double> CLOSE = (a, b) -> Math.abs(a - b) < 1e-9 ? 0
            : Double.compare(a, b);

    @Test
    void usingAClosedIndexFailsWithItsErrdexCode() {
        CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small());
        index.close();
        assertThatThrownBy(() -> index.search("tunnel", 1)).isInstanceOf(SearchIndexException.class)
                .hasMessageStartingWith("ERR_ERRDEX_1101");
    }

    @Test
    void semanticModeFindsACodeByMeaningAndSaysSo() {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small(),
                IndexOptions.defaults().withSemantic(true))) {
            List<Suggestion> s = index.match("Hello. People who open my shared link now just see a notice that "
                    + "it is not reachable anymore, since the agent stopped running.", 5);
            assertThat(s).anySatisfy(x -> assertThat(x.evidence()).anySatisfy(
                    e -> assertThat(e.field()).isEqualTo("semantic")));
            assertThat(codes(index.search("the endpoint went offline", 3))).first().isEqualTo("ERR_NGROK_3200");
        }
    }

    @Test
    void onDiskSemanticIndexReopensWithItsVectors(@TempDir Path dir) {
        IndexOptions semantic = IndexOptions.defaults().withSemantic(true);
        try (CatalogIndex index = LuceneCatalogIndex.onDisk(dir, SmallCatalog.small(), semantic)) {
            assertThat(index.size()).isEqualTo(SmallCatalog.SMALL.size());
        }
        try (CatalogIndex index = LuceneCatalogIndex.onDisk(dir, SmallCatalog.small(), semantic)) {
            assertThat(index.size()).isEqualTo(SmallCatalog.SMALL.size());
            assertThat(index.match("Hello. The agent stopped and now the endpoint is offline.", 3))
                    .anySatisfy(s -> assertThat(s.evidence()).anySatisfy(
                            e -> assertThat(e.field()).isEqualTo("semantic")));
        }
        try (CatalogIndex index = LuceneCatalogIndex.onDisk(dir, SmallCatalog.small())) {
            assertThat(index.match("The endpoint is offline.", 1).get(0).code()).isEqualTo("ERR_NGROK_3200");
        }
    }

    @Test
    void matchesAndSearchesRunWhileTheCatalogChanges() throws Exception {
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(SmallCatalog.small())) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        assertThat(index.search("upstream web service", 1).get(0).code()).isEqualTo("ERR_NGROK_8012");
                        index.match("The endpoint is offline.", 3);
                    }
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    index.upsert(SmallCatalog.invented(i % 10, "Churn " + i, "Churn message " + i + "."));
                    index.remove("ERR_TEST_" + ((i + 5) % 10));
                }
            }));
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            for (Future<?> f : work) {
                f.get();
            }
        }
    }

    @Test
    void aSymptomSpreadOverSeveralSentencesBringsItsCodeIn() {
        // Each sentence has nine closer entries of its own, so no sentence alone ranks ERR_TEST_1 in its top 8;
        // only the whole-text window sees its three words together.
        List<CatalogEntry> entries = new ArrayList<>();
        entries.add(SmallCatalog.invented(1, "Relay signature drift", "Relay signature drift."));
        String[] names = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"};
        for (int i = 0; i < names.length; i++) {
            entries.add(SmallCatalog.invented(100 + i, "Gateway rejects delivery " + names[i],
                    "The gateway rejects the delivery " + names[i] + "."));
            entries.add(SmallCatalog.invented(200 + i, "Dashboard shows broken webhook " + names[i],
                    "The dashboard shows a broken webhook " + names[i] + "."));
            entries.add(SmallCatalog.invented(300 + i, "Server clock lost minutes " + names[i],
                    "The server clock lost minutes " + names[i] + "."));
        }
        String email = """
                The gateway rejects every delivery from the relay.
                The dashboard shows a broken signature for the webhook.

                Our server clock drifted by several minutes yesterday.
                """;
        try (LuceneCatalogIndex index = LuceneCatalogIndex.inMemory(entries, IndexOptions.defaults())) {
            List<String> found = index.rank(email).candidates().stream().map(c -> c.code()).toList();
            assertThat(found).contains("ERR_TEST_1");
        }
    }
}
