package dev.errdex.triage.outbound;

/**
 * What one delivery attempt gave.
 *
 * @param kind   delivered, worth retrying, or permanently refused
 * @param detail what happened (status, error), for the log and the dead-letter record
 */
public record DeliveryOutcome(Kind kind, String detail) {

    public enum Kind { DELIVERED, RETRY, REFUSED }

    public static DeliveryOutcome delivered(String detail) {
        return new DeliveryOutcome(Kind.DELIVERED, detail);
    }

    public static DeliveryOutcome retry(String detail) {
        return new DeliveryOutcome(Kind.RETRY, detail);
    }

    public static DeliveryOutcome refused(String detail) {
        return new DeliveryOutcome(Kind.REFUSED, detail);
    }
}
