package acme;

/** The codes that more than one place needs by name. */
public final class Codes {
    public static final String NOT_FOUND = "ERR_ACME_1002";

    private Codes() {
    }
}
