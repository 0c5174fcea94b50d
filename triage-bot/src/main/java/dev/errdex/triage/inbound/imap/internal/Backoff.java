package dev.errdex.triage.inbound.imap.internal;

import java.time.Duration;

/** Exponential backoff: first, 2 x first, 4 x first ... capped at max; {@link #reset()} after a success. */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max.compareTo(first) < 0 ? first : max;
        this.next = first;
    }

    /** The wait to use now; the following one doubles. */
    public Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    public void reset() {
        next = first;
    }
}
