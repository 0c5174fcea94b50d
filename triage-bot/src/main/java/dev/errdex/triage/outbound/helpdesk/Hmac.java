package dev.errdex.triage.outbound.helpdesk;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** HMAC of a key (UTF-8) over bytes, for the signatures errdex sends and checks. */
public final class Hmac {

    private Hmac() {
    }

    /** @param algorithm {@code HmacSHA256} or {@code HmacSHA1} */
    public static byte[] of(String algorithm, String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
