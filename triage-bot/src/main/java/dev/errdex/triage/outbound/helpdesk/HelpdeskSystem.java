package dev.errdex.triage.outbound.helpdesk;

import dev.errdex.triage.outbound.NoteTarget;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The helpdesks errdex writes notes to and takes tickets from. */
public enum HelpdeskSystem {
    ZENDESK("Zendesk"),
    FRESHDESK("Freshdesk"),
    ZAMMAD("Zammad"),
    HELPSCOUT("Help Scout");

    private final String title;

    HelpdeskSystem(String title) {
        this.title = title;
    }

    /** How people write it: "Help Scout". */
    public String title() {
        return title;
    }

    /** The settings and URL key: {@code zendesk}, {@code helpscout}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outbox target of its notes. */
    public NoteTarget target() {
        return NoteTarget.valueOf(name());
    }

    /** The helpdesk of a settings key or outbox target, any case. */
    public static Optional<HelpdeskSystem> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
