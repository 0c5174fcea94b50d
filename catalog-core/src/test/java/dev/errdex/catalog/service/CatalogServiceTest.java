package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@QuarkusTest
class CatalogServiceTest extends EmptyCatalogTest {

    @Test
    void findsAnEntryInAnySpelling() {
        catalog.upsert(entry("ERR_ACME_8012", "The upstream at `ADDR` refused the connection."), "alice");

        for (String spelling : List.of("ERR_ACME_8012", "err-acme-8012", "Err Acme 08012")) {
            assertThat(catalog.find(spelling)).get().extracting(s -> s.entry().code()).isEqualTo("ERR_ACME_8012");
        }
        assertThat(catalog.find("ERR_ACME_1")).isEmpty();
        assertThat(catalog.find("not a code")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void aLookupSeesEveryCommittedEditAtOnce() {
        catalog.upsert(entry("ERR_ACME_21", "Rollout paused."), "alice");
        assertThat(catalog.find("ERR_ACME_21")).get().extracting(StoredEntry::revision).isEqualTo(1L);

        catalog.updateFixGuide("ERR_ACME_21", new FixGuide("Paused.", List.of(), List.of("Resume.")), "bob");
        assertThat(catalog.find("err-acme-21")).get().satisfies(s -> {
            assertThat(s.revision()).isEqualTo(2L);
            assertThat(s.entry().fixGuide().steps()).containsExactly("Resume.");
        });

        catalog.deprecate("ERR_ACME_21", null, "carol");
        assertThat(catalog.find("ERR_ACME_21")).get().extracting(s -> s.entry().status())
                .isEqualTo(CatalogEntry.Status.DEPRECATED);
    }

    @Test
    void anUpsertCreatesRevisionOneDerivesMissingFieldsAndWritesHistory() {
        StoredEntry stored = catalog.upsert(entry("ERR_NGROK_99001", "The tunnel `URL` is already online."), "alice");

        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.updatedBy()).isEqualTo("alice");
        assertThat(stored.edited()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(stored.updatedAt());
        assertThat(stored.entry().title()).isEqualTo("The tunnel `URL` is already online");
        assertThat(stored.entry().placeholders()).containsExactly("URL");
        assertThat(stored.entry().docsUrl()).isEqualTo("https://ngrok.com/docs/errors/err_ngrok_99001/");
        assertThat(catalog.history("err_ngrok_99001")).singleElement()
                .satisfies(h -> assertThat(h.change()).isEqualTo("created"));
        assertThat(changes.events()).singleElement()
                .satisfies(e -> assertThat(e.codes()).containsExactly("ERR_NGROK_99001"));
    }

    @Test
    void everyEditBumpsTheRevisionAndWritesHistoryButAnIdenticalUpsertDoesNot() {
        CatalogEntry original = entry("ERR_ACME_7", "Rollout paused.");
        catalog.upsert(original, "alice");

        StoredEntry same = catalog.upsert(original, "bob");
        StoredEntry retitled = catalog.upsert(original.toBuilder().title("Rollout paused by the operator").build(), "bob");
        StoredEntry guided = catalog.updateFixGuide("err acme 7",
                new FixGuide("The operator paused it.", List.of(), List.of("Run `acme resume`.")), "carol");

        assertThat(same.revision()).isEqualTo(1);
        assertThat(same.updatedBy()).isEqualTo("alice");
        assertThat(retitled.revision()).isEqualTo(2);
        assertThat(guided.revision()).isEqualTo(3);
        assertThat(guided.entry().fixGuide().steps()).containsExactly("Run `acme resume`.");
        assertThat(guided.updatedAt()).isAfterOrEqualTo(guided.createdAt());
        assertThat(catalog.history("ERR_ACME_7"))
                .extracting(HistoryRecord::revision, HistoryRecord::by, HistoryRecord::change)
                .containsExactly(
                        tuple(1L, "alice", "created"),
                        tuple(2L, "bob", "changed title"),
                        tuple(3L, "carol", "changed fixGuide"));
        assertThat(changes.events()).hasSize(3);
    }

    @Test
    void deprecatesACodeInFavourOfAnother() {
        catalog.upsert(entry("ERR_ACME_1", "Old failure."), "alice");
        catalog.upsert(entry("ERR_ACME_2", "New failure."), "alice");

        StoredEntry deprecated = catalog.deprecate("err-acme-1", "ERR ACME 2", "bob");

        assertThat(deprecated.entry().status()).isEqualTo(CatalogEntry.Status.DEPRECATED);
        assertThat(deprecated.entry().replacedBy()).isEqualTo("ERR_ACME_2");
        assertThat(deprecated.revision()).isEqualTo(2);
    }

    @Test
    void refusesToDeprecateInFavourOfAnUnknownCodeOrItself() {
        catalog.upsert(entry("ERR_ACME_1", "Old failure."), "alice");

        assertThatThrownBy(() -> catalog.deprecate("ERR_ACME_1", "ERR_ACME_404", "bob"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.UNKNOWN_CODE));
        assertThatThrownBy(() -> catalog.deprecate("ERR_ACME_1", "ERR_ACME_1", "bob"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.INVALID_ARGUMENT));
        assertThatThrownBy(() -> catalog.updateFixGuide("ERR_ACME_9", null, "bob"))
                .hasMessageStartingWith("ERR_ERRDEX_1040");
        assertThat(catalog.find("ERR_ACME_1").orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void listsPageByPageWithCursorsAndATotal() {
        for (int n : new int[] {30, 4, 200, 1000, 7}) {
            catalog.upsert(entry("ERR_ACME_" + n, "Failure number " + n + "."), "alice");
        }

        CatalogPage first = catalog.list(CatalogFilter.ALL, 2, null);
        CatalogPage second = catalog.list(CatalogFilter.ALL, 2, first.endCursor());
        CatalogPage third = catalog.list(CatalogFilter.ALL, 2, second.endCursor());

        assertThat(first.totalCount()).isEqualTo(5);
        assertThat(codes(first)).containsExactly("ERR_ACME_4", "ERR_ACME_7");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(codes(second)).containsExactly("ERR_ACME_30", "ERR_ACME_200");
        assertThat(codes(third)).containsExactly("ERR_ACME_1000");
        assertThat(third.hasNextPage()).isFalse();
        assertThat(third.endCursor()).isEqualTo(third.edges().get(0).cursor());
    }

    @Test
    void filtersByCategoryStatusNamespaceAndText() {
        catalog.upsert(entry("ERR_NGROK_2201", "Invalid policy action type `TYP`."), "alice");
        catalog.upsert(entry("ERR_NGROK_107", "The authtoken is invalid."), "alice");
        catalog.upsert(entry("ERR_ACME_1", "The authtoken of acme is 100% wrong."), "alice");
        catalog.deprecate("ERR_NGROK_107", null, "alice");

        assertThat(codes(catalog.list(new CatalogFilter("traffic-policy", null, null, null), 10, null)))
                .containsExactly("ERR_NGROK_2201");
        assertThat(codes(catalog.list(new CatalogFilter(null, CatalogEntry.Status.DEPRECATED, null, null), 10, null)))
                .containsExactly("ERR_NGROK_107");
        assertThat(codes(catalog.list(new CatalogFilter(null, null, "err_acme", null), 10, null)))
                .containsExactly("ERR_ACME_1");
        assertThat(codes(catalog.list(new CatalogFilter(null, null, null, "AUTHTOKEN"), 10, null)))
                .containsExactly("ERR_ACME_1", "ERR_NGROK_107");
        assertThat(codes(catalog.list(new CatalogFilter(null, null, null, "100%"), 10, null)))
                .containsExactly("ERR_ACME_1");
        assertThat(catalog.list(new CatalogFilter(null, null, null, "1%wrong"), 10, null).totalCount()).isZero();
    }

    @Test
    void rejectsABadCursorAndAnOutOfRangePageSize() {
        assertThatThrownBy(() -> catalog.list(CatalogFilter.ALL, 5, "not-a-cursor"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.INVALID_CURSOR));
        assertThatThrownBy(() -> catalog.list(CatalogFilter.ALL, -1, null))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.INVALID_ARGUMENT));
        assertThat(catalog.list(CatalogFilter.ALL, 0, null).edges()).isEmpty();
    }

    @Test
    void exportsWhatItStoresAndReimportingItChangesNothing() throws Exception {
        catalog.upsert(entry("ERR_ACME_1", "Old failure."), "alice");
        catalog.updateFixGuide("ERR_ACME_1", new FixGuide("Summary.", List.of("Cause."), List.of("Step.")), "alice");

        String yaml = catalog.export(CatalogFormat.YAML);
        Path file = Files.createTempFile("errdex-export", ".yaml");
        Files.writeString(file, yaml);
        ImportReport report = catalog.importFrom(file, false, "bob");

        assertThat(yaml).contains("ERR_ACME_1").contains("Summary.");
        assertThat(report.unchanged()).containsExactly("ERR_ACME_1");
        assertThat(report.added()).isEmpty();
        assertThat(catalog.find("ERR_ACME_1").orElseThrow().revision()).isEqualTo(2);
        Files.delete(file);
    }

    private static CatalogEntry entry(String code, String message) {
        return CatalogEntry.builder(code).message(message).build();
    }

    private static List<String> codes(CatalogPage page) {
        return page.edges().stream().map(e -> e.node().entry().code()).toList();
    }
}
