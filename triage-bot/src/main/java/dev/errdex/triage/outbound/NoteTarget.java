package dev.errdex.triage.outbound;

/** Where a remediation note goes. */
public enum NoteTarget {
    /** Internal note through the generic signed helpdesk webhook (JSON POST). */
    HELPDESK,
    /** Email to the agents' address, threaded into the customer's conversation. */
    EMAIL,
    /** Email to the customer (off unless configured on; attach=true annotations only). */
    CUSTOMER_REPLY,
    /** Private comment on the Zendesk ticket the email came from (docs/helpdesks.md). */
    ZENDESK,
    /** Private note on the Freshdesk ticket the email came from. */
    FRESHDESK,
    /** Internal article on the Zammad ticket the email came from. */
    ZAMMAD,
    /** Note on the Help Scout conversation the email came from. */
    HELPSCOUT
}
