package dev.errdex.triage.mail;

/**
 * A mailbox from a header.
 *
 * @param name    display name, decoded (RFC 2047); empty when there is none
 * @param address the addr-spec such as {@code ana@example.com}; may be empty for unparseable headers
 */
public record Address(String name, String address) {

    public Address {
        name = name == null ? "" : name;
        address = address == null ? "" : address;
    }

    @Override
    public String toString() {
        return name.isEmpty() ? address : name + " <" + address + ">";
    }
}
