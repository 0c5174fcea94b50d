package dev.errdex.triage.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test emails: fixture files under {@code tickets/}, with {@code {id}} and {@code {n}} filled in. */
public final class Mails {

    private Mails() {
    }

    /** The fixture as bytes, each {@code {key}} replaced by its value (pairs: key, value, key, value...). */
    public static byte[] fixture(String name, String... pairs) {
        String text;
        try (InputStream in = Mails.class.getResourceAsStream("/tickets/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture tickets/" + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
