package dev.errdex.triage.ticket;

/**
 * Where a ticket stands. The bot moves a ticket from {@link #NEW} to {@link #ANNOTATED} or {@link #NEEDS_HUMAN} in
 * the transaction that stores it; people's feedback moves it on to {@link #CONFIRMED}, {@link #CORRECTED} or
 * {@link #REJECTED}. The state is derived from the annotations' reviews (docs/tickets.md "States").
 */
public enum TicketState {
    /** Stored, not yet triaged (only inside the storing transaction: committed tickets are past it). */
    NEW,
    /** At least one code the bot is confident of (its remediation is attached). */
    ANNOTATED,
    /** Nothing confident: a person has to look. */
    NEEDS_HUMAN,
    /** A person confirmed at least one of the bot's codes and corrected none. */
    CONFIRMED,
    /** A person replaced a code of the bot with another, or named a code the bot had not found. */
    CORRECTED,
    /** A person rejected every code the bot proposed and named none. */
    REJECTED
}
