package dev.errdex.triage.ticket;

import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.mail.MailReader;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.ticket.IngestResult.Outcome;
import dev.errdex.triage.ticket.internal.MessageKeys;
import dev.errdex.triage.ticket.internal.TicketStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Several channels deliver the same emails at the same moment: the database's unique key keeps one ticket each. */
@QuarkusTest
class ConcurrentIngestTest extends TicketTest {

    private static final int THREADS = 4;
    private static final int EMAILS = 20;

    @Inject
    TicketStore store;

    @Inject
    TriageEngine engine;

    @Test
    void theSameEmailsFromFourThreadsAtOnceBecomeOneTicketEach() throws Exception {
        List<byte[]> mails = new ArrayList<>();
        for (int n = 0; n < EMAILS; n++) {
            mails.add(Mails.fixture(n % 2 == 0 ? "explicit-code.eml" : "vague.eml", "id", "race" + n, "n",
                    "R" + n, "subject", "Question " + n, "body", "The agent stopped answering " + n));
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<IngestResult>>> runs = new ArrayList<>();
        Channel[] channels = {Channel.IMAP, Channel.WEBHOOK, Channel.FILE, Channel.GRAPHQL};
        for (int t = 0; t < THREADS; t++) {
            List<byte[]> order = new ArrayList<>(mails);
            Collections.shuffle(order, new Random(t));
            Channel channel = channels[t];
            runs.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                List<IngestResult> results = new ArrayList<>();
                for (byte[] raw : order) {
                    results.add(tickets.ingest(raw, channel, null));
                }
                return results;
            }));
        }
        List<IngestResult> all = new ArrayList<>();
        for (Future<List<IngestResult>> run : runs) {
            all.addAll(run.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(tables.tickets()).isEqualTo(EMAILS);
        assertThat(tables.messages()).isEqualTo(EMAILS);
        Map<Outcome, Long> outcomes = all.stream().collect(Collectors.groupingBy(IngestResult::outcome,
                Collectors.counting()));
        assertThat(outcomes).containsEntry(Outcome.CREATED, (long) EMAILS)
                .containsEntry(Outcome.DUPLICATE, (long) EMAILS * (THREADS - 1));
        Map<String, Long> perSubjectIds = all.stream().collect(Collectors.groupingBy(r -> r.ticket().subject(),
                Collectors.mapping(r -> r.ticket().id(), Collectors.collectingAndThen(Collectors.toSet(),
                        s -> (long) s.size()))));
        assertThat(perSubjectIds.values()).as("ticket ids per email").containsOnly(1L);
    }

    /**
     * A channel stores an email and holds its transaction open; another channel checks for the email, finds
     * nothing (not committed yet) and inserts: the unique key stops the second insert, and the service answers
     * with the first channel's ticket.
     */
    @Test
    void aDuplicateInsertRacingAnOpenTransactionEndsAsDuplicateOfTheWinner() throws Exception {
        byte[] raw = Mails.fixture("explicit-code.eml", "id", "held", "n", "H");
        // the racer passes its look-up and blocks on the unique key; its result does not depend on the wait
        Race race = raceAgainstOpenInsert(raw, raw);
        long winner = race.winner();
        IngestResult result = race.result();

        assertThat(result.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(result.ticket().id()).isEqualTo(String.valueOf(winner));
        assertThat(tables.tickets()).isEqualTo(1);
        assertThat(tables.messages()).isEqualTo(1);
    }

    /**
     * Emails of one new thread arriving at the same moment: a parent and its reply, and two replies to a root errdex
     * has not seen. Each pair is posted by two threads at once, and ends in one ticket.
     */
    @Test
    void emailsOfOneNewThreadArrivingTogetherLandInOneTicket() throws Exception {
        int rounds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int n = 0; n < rounds; n++) {
            byte[] first;
            byte[] second;
            if (n % 2 == 0) {
                first = Mails.fixture("explicit-code.eml", "id", "parent" + n, "n", "P" + n);
                second = Mails.fixture("reply.eml", "id", "child" + n, "parent", "parent" + n);
            } else {
                first = Mails.fixture("reply.eml", "id", "left" + n, "parent", "unseen-root" + n);
                second = Mails.fixture("reply.eml", "id", "right" + n, "parent", "unseen-root" + n);
            }
            CyclicBarrier start = new CyclicBarrier(2);
            Future<IngestResult> a = pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return tickets.ingest(first, Channel.IMAP, null);
            });
            Future<IngestResult> b = pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return tickets.ingest(second, Channel.WEBHOOK, null);
            });
            IngestResult ra = a.get(60, TimeUnit.SECONDS);
            IngestResult rb = b.get(60, TimeUnit.SECONDS);
            assertThat(ra.ticket().id()).as("round %d", n).isEqualTo(rb.ticket().id());
            assertThat(List.of(ra.outcome(), rb.outcome())).as("round %d", n)
                    .containsExactlyInAnyOrder(Outcome.CREATED, Outcome.APPENDED);
        }
        pool.shutdown();

        assertThat(tables.tickets()).isEqualTo(rounds);
        assertThat(tables.messages()).isEqualTo(2L * rounds);
    }

    /**
     * A channel stores the first email of a thread and holds its transaction open; another channel stores the reply,
     * whose look-up cannot see the uncommitted parent. The thread key shared by both makes the reply wait for the
     * parent's commit and then join its ticket, instead of opening a second one.
     */
    @Test
    void aReplyRacingItsParentsOpenTransactionJoinsTheParentsTicket() throws Exception {
        byte[] parent = Mails.fixture("explicit-code.eml", "id", "held-parent", "n", "HP");
        byte[] reply = Mails.fixture("reply.eml", "id", "racing-reply", "parent", "held-parent");
        // the racer misses the parent in its look-up and blocks on the thread key
        Race race = raceAgainstOpenInsert(parent, reply);
        long winner = race.winner();
        IngestResult result = race.result();

        assertThat(result.outcome()).isEqualTo(Outcome.APPENDED);
        assertThat(result.ticket().id()).isEqualTo(String.valueOf(winner));
        assertThat(result.ticket().messages()).hasSize(2);
        assertThat(tables.tickets()).isEqualTo(1);
        assertThat(tables.messages()).isEqualTo(2);
    }

    /** What {@link #raceAgainstOpenInsert} saw: the held email's ticket and the racer's result. */
    private record Race(long winner, IngestResult result) {
    }

    /**
     * Stores {@code held} as a channel would and holds its transaction open; meanwhile ingests {@code racer} through
     * the service (webhook), gives it 300 ms to reach the point where it must wait, then commits the held one.
     */
    private Race raceAgainstOpenInsert(byte[] held, byte[] racer) throws Exception {
        ReadableEmail email = new MailReader().read(held);
        String hash = MessageKeys.contentHash(email);
        String key = MessageKeys.dedupKey(email.messageId(), hash);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Long> holder = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            long id = store.insert(email, engine.triage(email), key, hash, Channel.IMAP, null,
                    TriageEngine.matcherText(email), Instant.now(), held).ticketId();
            inserted.countDown();
            release.await(60, TimeUnit.SECONDS);
            return id;
        }));
        assertThat(inserted.await(60, TimeUnit.SECONDS)).isTrue();

        Future<IngestResult> racing = pool.submit(() -> tickets.ingest(racer, Channel.WEBHOOK, null));
        Thread.sleep(300);
        release.countDown();
        long winner = holder.get(60, TimeUnit.SECONDS);
        IngestResult result = racing.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        return new Race(winner, result);
    }
}
