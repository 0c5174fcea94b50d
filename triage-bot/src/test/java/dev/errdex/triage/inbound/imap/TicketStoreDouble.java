package dev.errdex.triage.inbound.imap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

/**
 * Stands in for the ticket store that does not exist yet: one "ticket" per Message-ID (or content hash), kept in a
 * ConcurrentHashMap, with the deduplication the real store will enforce in its database. Hooks make it fail or
 * "crash" on chosen messages.
 */
final class TicketStoreDouble implements InboundMessageHandler {

    /** Thrown to simulate the process dying: nothing after it runs in the poller. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash(String what) {
            super(what);
        }
    }

    private final Map<String, String> tickets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> offers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Boolean> crashAfterCommit = new ConcurrentHashMap<>();
    private final List<HandleOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Consumer<InboundMessage> onOffer = m -> {
    };

    @Override
    public HandleOutcome handle(InboundMessage message) throws Exception {
        calls.incrementAndGet();
        onOffer.accept(message);
        String key = keyOf(message);
        if (key == null) {
            HandleOutcome rejected = HandleOutcome.rejected("not an e-mail: no From and no Message-ID header");
            outcomes.add(rejected);
            return rejected;
        }
        offers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = failuresLeft.get(key);
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("ticket database unavailable (test) for " + key);
        }
        String ticketId = "T-" + message.uidValidity() + "-" + message.uid();
        String existing = tickets.putIfAbsent(key, ticketId);
        HandleOutcome outcome = existing == null ? HandleOutcome.committed(ticketId) : HandleOutcome.duplicate(existing);
        outcomes.add(outcome);
        if (existing == null && crashAfterCommit.remove(key) != null) {
            throw new SimulatedCrash("killed after committing " + key);
        }
        return outcome;
    }

    static String keyOf(InboundMessage message) throws MessagingException {
        InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(message.raw()));
        String id = headers.getHeader("Message-ID", null);
        if (id != null && !id.isBlank()) {
            return id.trim();
        }
        if (headers.getHeader("From", null) == null) {
            return null;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(message.raw()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(int n) {
        return "<case-" + n + "@customer.example>";
    }

    /** The handler throws (a transient failure) for the next {@code times} offers of case {@code n}. */
    TicketStoreDouble failOn(int n, int times) {
        failuresLeft.put(messageId(n), new AtomicInteger(times));
        return this;
    }

    /** The handler commits case {@code n}, then the "process dies" before the poller can flag it. */
    TicketStoreDouble crashAfterCommitting(int n) {
        crashAfterCommit.put(messageId(n), Boolean.TRUE);
        return this;
    }

    TicketStoreDouble onOffer(Consumer<InboundMessage> hook) {
        this.onOffer = hook;
        return this;
    }

    int ticketCount() {
        return tickets.size();
    }

    boolean hasTicket(int n) {
        return tickets.containsKey(messageId(n));
    }

    /** How often case {@code n} was offered to the handler. */
    int offersOf(int n) {
        AtomicInteger c = offers.get(messageId(n));
        return c == null ? 0 : c.get();
    }

    int calls() {
        return calls.get();
    }

    long count(HandleOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    static String text(InboundMessage message) {
        return new String(message.raw(), StandardCharsets.UTF_8);
    }
}
