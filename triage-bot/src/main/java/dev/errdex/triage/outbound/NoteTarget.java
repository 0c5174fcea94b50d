package dev.errdex.triage.outbound;

/** Where a remediation note goes. */
public enum NoteTarget {
    /** Internal note through the helpdesk webhook (JSON POST). */
    HELPDESK,
    /** Email to the agents' address, threaded into the customer's conversation. */
    EMAIL,
    /** Email to the customer (off unless configured on; attach=true annotations only). */
    CUSTOMER_REPLY
}
