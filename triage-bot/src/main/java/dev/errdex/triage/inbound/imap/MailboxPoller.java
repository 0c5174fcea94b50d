package dev.errdex.triage.inbound.imap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

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

    private final MailboxSettings settings;
    private final InboundMessageHandler handler;
    private final MailboxCheckpointStore checkpoints;
    private final QuarantineRecorder quarantine;
    private final ImapConnection connection;
    private final Clock clock;
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

    MailboxPoller(MailboxSettings settings, InboundMessageHandler handler, MailboxCheckpointStore checkpoints,
                  QuarantineRecorder quarantine, Clock clock) {
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
     * @throws IllegalStateException while the worker thread runs
     */
    public PollReport pollOnce() {
        if (isRunning()) {
            throw new IllegalStateException("pollOnce() is not for a started poller");
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

    private PollReport poll() {
        IMAPFolder folder = connection.open();
        try {
            return new Batch(folder).run();
        } catch (MessagingException | IllegalStateException e) {
            // IllegalStateException: Angus reports a folder closed underneath us this way.
            connection.close();
            throw connection.unreachable(e);
        }
    }

    /** The work of one poll. */
    private final class Batch {
        private final IMAPFolder folder;
        private final long uidValidity;
        private MailboxCheckpoint checkpoint;
        private MailboxCheckpoint saved;
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
            saved = checkpoint;
            List<Message> candidates = candidatesAfter(checkpoint.lastUid());
            int window = Math.max(settings.batchSize(), 100);
            outer:
            for (int from = 0; from < candidates.size(); from += window) {
                Message[] slice = candidates.subList(from, Math.min(candidates.size(), from + window))
                        .toArray(new Message[0]);
                FetchProfile fp = new FetchProfile();
                fp.add(UIDFolder.FetchProfileItem.UID);
                fp.add(FetchProfile.Item.FLAGS);
                fp.add(FetchProfile.Item.SIZE);
                folder.fetch(slice, fp);
                for (Message message : slice) {
                    if (stopRequested || handled() >= settings.batchSize()) {
                        moreWaiting = true;
                        break outer;
                    }
                    long uid = folder.getUID(message);
                    if (alreadyDone(message)) {
                        skipped++;
                        checkpoint = checkpoint.advancedTo(uid);
                        continue;
                    }
                    if (!take(message, uid)) {
                        break outer;
                    }
                    checkpoint = checkpoint.advancedTo(uid);
                    save();
                }
                save();
            }
            save();
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
            candidates.sort(Comparator.comparingLong(m -> uidOf(m)));
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
            Flags flags = message.getFlags();
            return flags.contains(settings.processedFlag()) || flags.contains(settings.quarantineFlag());
        }

        private void save() {
            if (!checkpoint.equals(saved)) {
                checkpoints.save(checkpoint);
                saved = checkpoint;
            }
        }

        /** Handles one message; false when a transient failure ends the poll. */
        private boolean take(Message message, long uid) throws MessagingException {
            long size = message.getSize();
            if (size > settings.maxMessageBytes()) {
                return quarantine(message, uid, size, ImapErrorCode.MESSAGE_TOO_LARGE,
                        ImapErrorCode.MESSAGE_TOO_LARGE.format(size, settings.maxMessageBytes()));
            }
            byte[] raw;
            try {
                raw = read((IMAPMessage) message);
            } catch (MessageRemovedException gone) {
                LOG.log(Level.INFO, "UID {0} was expunged by another client before it was read; skipped", uid);
                return true;
            } catch (TooLarge e) {
                return quarantine(message, uid, e.size, ImapErrorCode.MESSAGE_TOO_LARGE,
                        ImapErrorCode.MESSAGE_TOO_LARGE.format(e.size, settings.maxMessageBytes()));
            }
            InboundMessage inbound = new InboundMessage(settings.mailboxKey(), settings.folder(), uidValidity, uid,
                    raw, true);
            HandleOutcome outcome;
            try {
                outcome = handler.handle(inbound);
                if (outcome == null) {
                    throw new IllegalStateException("handler returned no outcome");
                }
            } catch (Exception e) {
                failure = e;
                LOG.log(Level.WARNING, ImapErrorCode.HANDLER_FAILED.format(inbound.reference(), e), e);
                return false;
            }
            switch (outcome.kind()) {
                case COMMITTED:
                    mark(message, settings.processedFlag());
                    committed++;
                    return true;
                case DUPLICATE:
                    mark(message, settings.processedFlag());
                    duplicates++;
                    return true;
                default:
                    return quarantine(message, uid, raw.length, ImapErrorCode.MESSAGE_REJECTED,
                            ImapErrorCode.MESSAGE_REJECTED.format(inbound.reference(), outcome.reason()));
            }
        }

        private boolean quarantine(Message message, long uid, long size, ImapErrorCode code, String reason)
                throws MessagingException {
            QuarantinedMessage record = new QuarantinedMessage(settings.mailboxKey(), uidValidity, uid, size,
                    code.code(), reason, clock.instant());
            try {
                quarantine.record(record);
            } catch (Exception e) {
                failure = e;
                LOG.log(Level.WARNING, ImapErrorCode.HANDLER_FAILED.format(record.reference(), e), e);
                return false;
            }
            LOG.log(Level.WARNING, reason);
            mark(message, settings.quarantineFlag());
            quarantined++;
            return true;
        }

        private void mark(Message message, String keyword) throws MessagingException {
            if (connection.keywordsSupported()) {
                message.setFlags(new Flags(keyword), true);
            }
        }

        private byte[] read(IMAPMessage message) throws MessagingException {
            message.setPeek(true);
            BoundedBuffer out = new BoundedBuffer(settings.maxMessageBytes());
            try {
                message.writeTo(out);
            } catch (TooLargeIo e) {
                throw new TooLarge(e.size);
            } catch (IOException e) {
                throw new MessagingException("reading message body: " + e.getMessage(), e);
            }
            return out.toByteArray();
        }
    }

    /** Collects a message body and refuses to grow past the size limit. */
    private static final class BoundedBuffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        private final int limit;

        BoundedBuffer(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensure(len);
            bytes.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            ensure(1);
            bytes.write(b);
        }

        private void ensure(int more) throws TooLargeIo {
            if ((long) bytes.size() + more > limit) {
                throw new TooLargeIo((long) bytes.size() + more);
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    private static final class TooLargeIo extends IOException {
        final long size;

        TooLargeIo(long size) {
            this.size = size;
        }
    }

    private static final class TooLarge extends MessagingException {
        final long size;

        TooLarge(long size) {
            this.size = size;
        }
    }
}
