package dev.errdex.triage.index;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.cluster.CatalogRevisions;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.Mails;
import dev.errdex.triage.ticket.Ticket;
import dev.errdex.triage.ticket.TicketService;
import dev.errdex.triage.ticket.TicketTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index kept on disk: a restart opens it; a damaged, stale or foreign one is rebuilt (and says why). Each test
 * plays restarts with runtimes of its own over one directory and the test database; the builds are counted by
 * {@code errdex.index.builds} and {@code errdex.index.opens}.
 */
@QuarkusTest
class IndexOnDiskTest extends TicketTest {

    private static final String QUERY = "tunnel session failed";
    private static final String WALRUS = "Since the office move our kiosk tablets show a grey wobbling walrus"
            + " picture and the checkout screen freezes.";

    @Inject
    CatalogRevisions revisions;

    @Inject
    Event<IndexChanged> changed;

    @Inject
    IndexRuntime processIndex;

    @Inject
    Flyway flyway;

    private Path dir;
    private final List<Start> started = new ArrayList<>();

    /** One start of a runtime over {@link #dir}: the runtime and its meters. */
    private record Start(IndexRuntime runtime, SimpleMeterRegistry meters) {
        double builds() {
            return meters.get("errdex.index.builds").counter().count();
        }

        double opens() {
            return meters.get("errdex.index.opens").counter().count();
        }
    }

    @BeforeEach
    void directory() throws IOException {
        dir = Files.createTempDirectory("errdex-index-test");
    }

    @AfterEach
    void stopAndDelete() throws IOException {
        started.forEach(s -> s.runtime().close());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Test
    void aRestartOpensTheIndexOnDiskInsteadOfRebuildingIt() {
        Start first = start();
        assertThat(first.builds()).isEqualTo(1);
        assertThat(first.runtime().madeHow()).startsWith("search index rebuilt: no index on disk yet");
        List<String> before = codes(first.runtime().search(QUERY, 5));
        first.runtime().close();

        Start second = start();
        assertThat(second.builds()).isZero();
        assertThat(second.opens()).isEqualTo(1);
        assertThat(second.runtime().madeHow()).startsWith("search index opened");
        assertThat(codes(second.runtime().search(QUERY, 5))).isNotEmpty().isEqualTo(before);
        assertThat(second.runtime().index().match("ERR_NGROK_8012 failed to dial", 1)).extracting(Suggestion::code)
                .containsExactly("ERR_NGROK_8012");
    }

    @Test
    void aTruncatedSegmentFileIsRebuiltWithTheReasonAndAnswersAsAFreshIndex() throws IOException {
        start().runtime().close();
        Path largest;
        try (Stream<Path> files = Files.list(dir.resolve("lucene"))) {
            largest = files.max(Comparator.comparingLong(IndexOnDiskTest::size)).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }

        Start again = start();
        assertThat(again.builds()).isEqualTo(1);
        assertThat(again.runtime().madeHow()).startsWith("search index rebuilt: stored index is unreadable");
        try (CatalogIndex fresh = LuceneCatalogIndex.inMemory(entries())) {
            assertThat(codes(again.runtime().search(QUERY, 5))).isNotEmpty()
                    .isEqualTo(codes(fresh.search(QUERY, 5)));
        }
    }

    @Test
    void aChangedCatalogRevisionIsRebuilt() {
        Start first = start();
        long revision = revision();
        first.runtime().close();
        CatalogEntry e = catalog.find("ERR_NGROK_8012").orElseThrow().entry();
        catalog.upsert(e.toBuilder().title("Walrus gateway unreachable").build(), "test");

        Start again = start();
        assertThat(again.builds()).isEqualTo(1);
        assertThat(again.runtime().madeHow()).startsWith("search index rebuilt: stored index is for revision "
                + revision + ", catalog is at " + (revision + 1));
        assertThat(codes(again.runtime().search("walrus gateway", 1))).containsExactly("ERR_NGROK_8012");
    }

    @Test
    void anIndexOfAnotherDatabaseAtTheSameRevisionIsNotOpened() {
        try {
            newDatabaseWithTheSmallCatalog();
            Start first = start();
            long revision = revision();
            first.runtime().close();

            newDatabaseWithTheSmallCatalog();
            assertThat(revision()).isEqualTo(revision);

            Start other = start();
            assertThat(other.opens()).isZero();
            assertThat(other.builds()).isEqualTo(1);
            assertThat(other.runtime().madeHow()).startsWith("search index rebuilt: stored index is of another"
                    + " database");
        } finally {
            processIndex.rebuild();   // the process's own index forgets the evidence of the dropped database
        }
    }

    @Test
    void learnedEvidenceIsKeptOnDiskAndAKeyLeftBehindByACrashMakesTheNextStartRebuild() throws IOException {
        Start first = start();
        Path key = dir.resolve("index.key");
        String keyBefore = Files.readString(key);
        Ticket t = tickets.ingest(Mails.fixture("vague.eml", "id", "walrus-disk", "subject", "Kiosk walrus",
                "body", WALRUS), Channel.WEBHOOK, null).ticket();
        tickets.correct(t.id(), null, "ERR_NGROK_3004", "key:agent", null);
        // this runtime is not the process's: it is given the stored evidence the way the service gives its own
        long id = TicketService.learnedEvidence().maxId();
        first.runtime().learned(id, "ERR_NGROK_3004", WALRUS);
        assertThat(Files.readString(key)).isNotEqualTo(keyBefore).contains("evidence.count=1");
        first.runtime().close();

        Start second = start();
        assertThat(second.builds()).isZero();
        assertThat(second.runtime().index().match("Kiosk walrus\n\n" + WALRUS, 1)).extracting(Suggestion::code)
                .containsExactly("ERR_NGROK_3004");
        second.runtime().close();

        // a crash after the Lucene commit but before the key was written leaves the old key
        Files.writeString(key, keyBefore);
        Start third = start();
        assertThat(third.builds()).isEqualTo(1);
        assertThat(third.runtime().madeHow()).startsWith("search index rebuilt: stored index has 0 learned texts");
        assertThat(third.runtime().index().match("Kiosk walrus\n\n" + WALRUS, 1)).extracting(Suggestion::code)
                .containsExactly("ERR_NGROK_3004");
    }

    @Test
    void anUnreadableKeyIsRebuiltNotACrash() throws IOException {
        start().runtime().close();
        Files.writeString(dir.resolve("index.key"), "format=1\nrevision=twelve\n");

        Start again = start();
        assertThat(again.builds()).isEqualTo(1);
        assertThat(again.runtime().madeHow()).startsWith("search index rebuilt: stored index is unreadable");
        assertThat(again.runtime().size()).contains(entries().size());
    }

    /** Drops every table and makes them again, as the test databases are made, and loads the same catalog. */
    private void newDatabaseWithTheSmallCatalog() {
        flyway.clean();
        flyway.migrate();
        loadSmallCatalog();
    }

    private Start start() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        IndexRuntime runtime = new IndexRuntime(catalog, revisions, () -> Optional.of(dir), changed, meters);
        runtime.start();
        Start s = new Start(runtime, meters);
        started.add(s);
        return s;
    }

    private long revision() {
        return QuarkusTransaction.requiringNew().call(revisions::current);
    }

    private List<CatalogEntry> entries() {
        return QuarkusTransaction.requiringNew().call(catalog::entries);
    }

    private static List<String> codes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::code).toList();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
