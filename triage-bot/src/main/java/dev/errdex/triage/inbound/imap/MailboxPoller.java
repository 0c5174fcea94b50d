package dev.errdex.triage.inbound.imap;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import dev.errdex.triage.ops.SpanWork;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.errdex.triage.inbound.imap.internal.Backoff;
import dev.errdex.triage.inbound.imap.internal.ImapConnection;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * Takes mail from one IMAP folder into the ticket store, at least once and without loss.
 *
 * <p>Each poll reads the messages after the checkpoint in UID order with BODY.PEEK[] (their \Seen flag is left
 * alone), hands at most {@link MailboxSettings#batchSize()} of them to the {@link InboundMessageHandler}, and only
 * after the handler answers COMMITTED or DUPLICATE sets the processed keyword and moves the checkpoint. A REJECTED
 * message (or one over the size limit) is recorded, gets the quarantine keyword and the poll goes on. A handler
 * exception ends the poll at that message, which is offered again next time. Messages already carrying either
 * keyword are skipped. A changed UIDVALIDITY restarts from UID 1, relying on the keywords and the handler's
 * deduplication. Nothing is ever deleted, moved, expunged or answered.
 *
 * <p>{@link #start()} runs polls on one worker thread (plus a timer that only ends IDLE): it waits with IDLE where
 * the server offers it, for at most {@link MailboxSettings#pollInterval()}, and sleeps that long otherwise; lost
 * connections are re-established with exponential backoff. {@link #pollOnce()} runs one poll on the caller's thread
 * for tests and tools; it may not be used while the worker runs.
 */
public final class MailboxPoller implements AutoCloseable {

    /** What the poller is doing now. */
    public enum State {
        NEW, POLLING, IDLE, WAITING, RECONNECT_WAIT, STOPPED, FAILED
    }

    private static final System.Logger LOG = System.getLogger(MailboxPoller.class.getName());
    /** Candidates whose UID, flags and size are fetched with one command. */
    private static final int WINDOW = 200;
    /** Messages fetched with one command and flagged with one STORE. */
    static final int GROUP_MESSAGES = 25;
    /** Bytes fetched with one command, roughly (a single larger message still goes alone). */
    private static final long GROUP_BYTES = 8L * 1024 * 1024;

    private final MailboxSettings settings;
    private final InboundMessageHandler handler;
    private final MailboxCheckpointStore checkpoints;
    private final QuarantineRecorder quarantine;
    private final ImapConnection connection;
    private volatile Instant lastSuccessfulPoll;
    private final Clock clock;
    private final Tracer tracer;
    private final Object sleeper = new Object();

    private volatile State state = State.NEW;
    private volatile boolean stopRequested;
    private Thread worker;
    private ScheduledExecutorService idleTimer;

    public MailboxPoller(MailboxSettings settings, InboundMessageHandler handler, MailboxCheckpointStore checkpoints,
                         QuarantineRecorder quarantine) {
        this(settings, handler, checkpoints, quarantine, Clock.systemUTC());
    }

    public MailboxPoller(MailboxSettings settings, InboundMessageHandler handler,
                         MailboxCheckpointStore checkpoints) {
        this(settings, handler, checkpoints, QuarantineRecorder.none());
    }

    /** A poller whose polls are spans of {@code tracer} ({@code imap poll}, with the emails it handled as children). */
    public MailboxPoller(MailboxSettings settings, InboundMessageHandler handler, MailboxCheckpointStore checkpoints,
                         QuarantineRecorder quarantine, Tracer tracer) {
        this(settings, handler, checkpoints, quarantine, Clock.systemUTC(), tracer);
    }

    MailboxPoller(MailboxSettings settings, InboundMessageHandler handler, MailboxCheckpointStore checkpoints,
                  QuarantineRecorder quarantine, Clock clock) {
        this(settings, handler, checkpoints, quarantine, clock, OpenTelemetry.noop().getTracer("errdex"));
    }

    private MailboxPoller(MailboxSettings settings, InboundMessageHandler handler, MailboxCheckpointStore checkpoints,
                          QuarantineRecorder quarantine, Clock clock, Tracer tracer) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new MailboxException(ImapErrorCode.SETTINGS_INVALID,
                    ImapErrorCode.SETTINGS_INVALID.format(String.join("; ", problems)));
        }
        this.settings = settings;
        this.handler = Objects.requireNonNull(handler, "handler");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        this.clock = clock;
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.connection = new ImapConnection(settings);
    }

    public MailboxSettings settings() {
        return settings;
    }

    public State state() {
        return state;
    }

    /** Whether the worker thread is running. */
    public synchronized boolean isRunning() {
        return worker != null && worker.isAlive();
    }

    /**
     * One poll on the caller's thread: connects if needed, takes at most one batch and returns.
     *
     * @throws MailboxException      when the server cannot be reached or the connection is lost (the next call
     *                               reconnects), or the checkpoint store fails
     * @throws IllegalStateException while the worker thread runs, or after {@link #stop()}
     */
    public PollReport pollOnce() {
        if (isRunning()) {
            throw new IllegalStateException("pollOnce() is not for a started poller");
        }
        if (stopRequested) {
            throw new IllegalStateException("this poller was stopped; create a new one");
        }
        return poll();
    }

    /** Starts the worker thread. A stopped poller cannot be started again: create a new one. */
    public synchronized void start() {
        if (worker != null) {
            throw new IllegalStateException("already started");
        }
        idleTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "errdex-imap-idle-timer");
            t.setDaemon(true);
            return t;
        });
        worker = new Thread(this::run, "errdex-imap-" + settings.folder());
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Asks the worker to stop after the message it is handling (its flag and checkpoint are written first) and
     * waits for it; ends a running IDLE. Safe to call more than once.
     */
    public void stop() {
        stopRequested = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
        Thread t;
        synchronized (this) {
            t = worker;
        }
        if (t != null && t != Thread.currentThread()) {
            long deadline = System.nanoTime() + settings.timeout().multipliedBy(2).plusSeconds(5).toNanos();
            try {
                while (t.isAlive() && System.nanoTime() < deadline) {
                    if (state == State.IDLE) {
                        connection.abortIdle();
                    }
                    t.join(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                LOG.log(Level.WARNING, "IMAP worker did not stop in time; closing its connection");
                connection.close();
            }
        }
        ScheduledExecutorService timer;
        synchronized (this) {
            timer = idleTimer;
        }
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Stops the worker (if started) and closes the connection. */
    @Override
    public void close() {
        stop();
        connection.close();
        if (state != State.FAILED) {
            state = State.STOPPED;
        }
    }

    // ---------------------------------------------------------------- worker

    private void run() {
        Backoff backoff = new Backoff(settings.reconnectDelay(), settings.reconnectMaxDelay());
        try {
            while (!stopRequested) {
                try {
                    state = State.POLLING;
                    PollReport report = poll();
                    if (stopRequested) {
                        break;
                    }
                    if (report.failed()) {
                        state = State.WAITING;
                        pause(backoff.next());
                    } else {
                        backoff.reset();
                        if (report.handled() == 0 && !report.moreWaiting()) {
                            waitForMail();
                        }
                    }
                } catch (RuntimeException | MessagingException e) {
                    connection.close();
                    if (stopRequested) {
                        break;
                    }
                    Duration wait = backoff.next();
                    LOG.log(Level.WARNING, "{0} Next attempt in {1} ms.", e.getMessage(), wait.toMillis());
                    state = State.RECONNECT_WAIT;
                    pause(wait);
                }
            }
            state = State.STOPPED;
        } catch (Throwable t) {
            state = State.FAILED;
            LOG.log(Level.ERROR, "IMAP worker for " + settings.mailboxKey() + " died", t);
        } finally {
            connection.close();
        }
    }

    private void waitForMail() throws MessagingException {
        if (settings.idle() && connection.idleSupported()) {
            state = State.IDLE;
            ScheduledFuture<?> wake = idleTimer.schedule(connection::abortIdle,
                    settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            try {
                if (!stopRequested) {
                    connection.idleOnce();
                }
            } finally {
                wake.cancel(false);
            }
        } else {
            state = State.WAITING;
            pause(settings.pollInterval());
        }
    }

    private void pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (sleeper) {
            long left;
            while (!stopRequested && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(sleeper, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested = true;
                }
            }
        }
    }

    // ---------------------------------------------------------------- one poll

    /** When the last poll that read the folder to its end without a failure finished; empty before the first. */
    public Optional<Instant> lastSuccessfulPoll() {
        return Optional.ofNullable(lastSuccessfulPoll);
    }

    private PollReport poll() {
        return SpanWork.run(tracer.spanBuilder("imap poll").setSpanKind(SpanKind.CONSUMER).startSpan(), span -> {
            PollReport report = readBatch();
            span.setAttribute("errdex.imap.committed", report.committed());
            if (report.failed()) {
                span.setStatus(StatusCode.ERROR);
            }
            return report;
        });
    }

    private PollReport readBatch() {
        IMAPFolder folder = connection.open();
        try {
            PollReport report = new Batch(folder).run();
            if (!report.failed()) {
                lastSuccessfulPoll = clock.instant();
            }
            return report;
        } catch (MessagingException | IllegalStateException e) {
            // IllegalStateException: Angus reports a folder closed underneath us this way.
            connection.close();
            throw connection.unreachable(e);
        }
    }

    /** The work of one poll: windows of candidates, taken in groups that share one FETCH and one STORE. */
    private final class Batch {
        private final IMAPFolder folder;
        private final long uidValidity;
        private MailboxCheckpoint checkpoint;
        private int committed;
        private int duplicates;
        private int quarantined;
        private int skipped;
        private boolean moreWaiting;
        private Exception failure;

        Batch(IMAPFolder folder) throws MessagingException {
            this.folder = folder;
            this.uidValidity = folder.getUIDValidity();
        }

        PollReport run() throws MessagingException {
            checkpoint = startingPoint();
            List<Message> candidates = candidatesAfter(checkpoint.lastUid());
            int taken = 0;
            outer:
            for (int from = 0; from < candidates.size(); from += WINDOW) {
                Message[] window = candidates.subList(from, Math.min(candidates.size(), from + WINDOW))
                        .toArray(new Message[0]);
                FetchProfile fp = new FetchProfile();
                fp.add(UIDFolder.FetchProfileItem.UID);
                fp.add(FetchProfile.Item.FLAGS);
                fp.add(FetchProfile.Item.SIZE);
                folder.fetch(window, fp);
                Group group = new Group();
                for (Message message : window) {
                    if (taken >= settings.batchSize() || stopRequested) {
                        moreWaiting = true;
                        take(group);
                        break outer;
                    }
                    long uid = folder.getUID(message);
                    if (alreadyDone(message)) {
                        group.skip(uid);
                        continue;
                    }
                    group.add(message, uid, message.getSize());
                    taken++;
                    if (group.full() || taken >= settings.batchSize()) {
                        if (!take(group)) {
                            break outer;
                        }
                        group = new Group();
                    }
                }
                if (!take(group)) {
                    break;
                }
            }
            if (handled() > 0 || failure != null) {
                LOG.log(Level.INFO, "{0}: {1} committed, {2} duplicate, {3} quarantined, {4} skipped, last UID {5}{6}",
                        settings.mailboxKey(), committed, duplicates, quarantined, skipped, checkpoint.lastUid(),
                        moreWaiting ? ", more waiting" : "");
            }
            return new PollReport(committed, duplicates, quarantined, skipped, moreWaiting, checkpoint, failure);
        }

        private int handled() {
            return committed + duplicates + quarantined;
        }

        private MailboxCheckpoint startingPoint() {
            String key = settings.mailboxKey();
            Optional<MailboxCheckpoint> stored = checkpoints.load(key);
            if (stored.isPresent() && stored.get().uidValidity() == uidValidity) {
                return stored.get();
            }
            if (stored.isPresent()) {
                LOG.log(Level.WARNING, ImapErrorCode.UIDVALIDITY_CHANGED.format(key, stored.get().uidValidity(),
                        uidValidity));
            }
            MailboxCheckpoint fresh = new MailboxCheckpoint(key, uidValidity, 0);
            checkpoints.save(fresh);
            return fresh;
        }

        private List<Message> candidatesAfter(long lastUid) throws MessagingException {
            // UID FETCH n:* also answers the last message when n is past the end, hence the filter.
            Message[] found = folder.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
            List<Message> candidates = new ArrayList<>(found.length);
            for (Message m : found) {
                if (m != null && !m.isExpunged() && folder.getUID(m) > lastUid) {
                    candidates.add(m);
                }
            }
            candidates.sort(Comparator.comparingLong(this::uidOf));
            return candidates;
        }

        private long uidOf(Message m) {
            try {
                return folder.getUID(m);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        private boolean alreadyDone(Message message) throws MessagingException {
            return connection.marking().alreadyDone(message.getFlags(), settings.processedFlag(),
                    settings.quarantineFlag());
        }

        /**
         * Takes one group in UID order: fetches the bodies in one command, offers each to the handler, then sets
         * the keywords of the messages done and saves the checkpoint. Returns false when a transient failure or a
         * stop request ended the group early (the messages done before it are still flagged and checkpointed).
         */
        private boolean take(Group group) throws MessagingException {
            if (group.entries.isEmpty()) {
                return true;
            }
            Map<Long, byte[]> bodies = fetchBodies(group.uidsToFetch(settings.maxMessageBytes()));
            List<Message> processed = new ArrayList<>();
            List<Message> setAside = new ArrayList<>();
            long lastDone = checkpoint.lastUid();
            boolean complete = true;
            for (Entry e : group.entries) {
                if (e.message == null) {
                    skipped++;
                } else if (stopRequested) {
                    moreWaiting = true;
                    complete = false;
                    break;
                } else {
                    Step step = takeOne(e, bodies.get(e.uid));
                    if (step == Step.FAILED) {
                        complete = false;
                        break;
                    }
                    if (step == Step.PROCESSED) {
                        processed.add(e.message);
                    } else if (step == Step.QUARANTINED) {
                        setAside.add(e.message);
                    }
                }
                lastDone = e.uid;
            }
            mark(processed, connection.marking().processed(settings.processedFlag()));
            mark(setAside, connection.marking().quarantined(settings.quarantineFlag()));
            if (lastDone != checkpoint.lastUid()) {
                checkpoint = checkpoint.advancedTo(lastDone);
                checkpoints.save(checkpoint);
            }
            return complete;
        }

        private Step takeOne(Entry e, byte[] raw) {
            if (e.size > settings.maxMessageBytes() || (raw != null && raw.length > settings.maxMessageBytes())) {
                long size = Math.max(e.size, raw == null ? 0 : raw.length);
                return quarantine(e.uid, size, ImapErrorCode.MESSAGE_TOO_LARGE,
                        ImapErrorCode.MESSAGE_TOO_LARGE.format(size, settings.maxMessageBytes()));
            }
            if (raw == null) {
                LOG.log(Level.INFO, "UID {0} was expunged by another client before it was read; skipped", e.uid);
                return Step.GONE;
            }
            InboundMessage inbound = new InboundMessage(settings.mailboxKey(), settings.folder(), uidValidity, e.uid,
                    raw, true);
            HandleOutcome outcome;
            try {
                outcome = handler.handle(inbound);
                if (outcome == null) {
                    throw new IllegalStateException("handler returned no outcome");
                }
            } catch (Exception ex) {
                failure = ex;
                LOG.log(Level.WARNING, ImapErrorCode.HANDLER_FAILED.format(inbound.reference(), ex), ex);
                return Step.FAILED;
            }
            switch (outcome.kind()) {
                case COMMITTED:
                    committed++;
                    return Step.PROCESSED;
                case DUPLICATE:
                    duplicates++;
                    return Step.PROCESSED;
                default:
                    return quarantine(e.uid, raw.length, ImapErrorCode.MESSAGE_REJECTED,
                            ImapErrorCode.MESSAGE_REJECTED.format(inbound.reference(), outcome.reason()));
            }
        }

        private Step quarantine(long uid, long size, ImapErrorCode code, String reason) {
            QuarantinedMessage record = new QuarantinedMessage(settings.mailboxKey(), uidValidity, uid, size,
                    code.code(), reason, clock.instant());
            try {
                quarantine.record(record);
            } catch (Exception ex) {
                failure = ex;
                LOG.log(Level.WARNING, ImapErrorCode.HANDLER_FAILED.format(record.reference(), ex), ex);
                return Step.FAILED;
            }
            LOG.log(Level.WARNING, reason);
            quarantined++;
            return Step.QUARANTINED;
        }

        private void mark(List<Message> messages, Flags flags) throws MessagingException {
            if (!messages.isEmpty() && flags != null) {
                folder.setFlags(messages.toArray(new Message[0]), flags, true);
            }
        }

        /** {@code UID FETCH set (UID BODY.PEEK[])}: the exact bytes, without marking anything \Seen. */
        @SuppressWarnings("unchecked")
        private Map<Long, byte[]> fetchBodies(List<Long> uids) throws MessagingException {
            if (uids.isEmpty()) {
                return Map.of();
            }
            String command = "UID FETCH " + uidSet(uids) + " (UID BODY.PEEK[])";
            return (Map<Long, byte[]>) folder.doCommand(p -> {
                Response[] responses = p.command(command, null);
                Map<Long, byte[]> bodies = new HashMap<>();
                for (Response r : responses) {
                    if (r instanceof FetchResponse) {
                        FetchResponse fr = (FetchResponse) r;
                        UID uid = fr.getItem(UID.class);
                        BODY body = fr.getItem(BODY.class);
                        if (uid != null && body != null && body.getByteArray() != null) {
                            bodies.put(uid.uid, body.getByteArray().getNewBytes());
                        }
                    }
                }
                p.notifyResponseHandlers(responses);
                p.handleResult(responses[responses.length - 1]);
                return bodies;
            });
        }
    }

    private enum Step {
        PROCESSED, QUARANTINED, GONE, FAILED
    }

    /** One message of a group; {@code message == null} marks one skipped because it already carries a keyword. */
    private static final class Entry {
        final Message message;
        final long uid;
        final long size;

        Entry(Message message, long uid, long size) {
            this.message = message;
            this.uid = uid;
            this.size = size;
        }
    }

    /** Consecutive candidates taken with one FETCH: at most {@link #GROUP_MESSAGES} and about {@link #GROUP_BYTES}. */
    private static final class Group {
        final List<Entry> entries = new ArrayList<>();
        int messages;
        long bytes;

        void skip(long uid) {
            entries.add(new Entry(null, uid, 0));
        }

        void add(Message message, long uid, long size) {
            entries.add(new Entry(message, uid, size));
            messages++;
            bytes += Math.max(size, 0);
        }

        boolean full() {
            return messages >= GROUP_MESSAGES || bytes >= GROUP_BYTES;
        }

        List<Long> uidsToFetch(int maxBytes) {
            List<Long> uids = new ArrayList<>();
            for (Entry e : entries) {
                if (e.message != null && e.size <= maxBytes) {
                    uids.add(e.uid);
                }
            }
            return uids;
        }
    }

    /** {@code 1:5,7,9:12} from ascending UIDs. */
    static String uidSet(List<Long> ascending) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < ascending.size()) {
            long start = ascending.get(i);
            long end = start;
            while (i + 1 < ascending.size() && ascending.get(i + 1) == end + 1) {
                end = ascending.get(++i);
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(start);
            if (end != start) {
                sb.append(':').append(end);
            }
            i++;
        }
        return sb.toString();
    }
}
