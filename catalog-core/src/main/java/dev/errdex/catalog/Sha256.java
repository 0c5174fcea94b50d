package dev.errdex.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest errdex uses (fingerprints, key hashes, dedup keys, lock keys). */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest, for input fed in parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The digest of some bytes. */
    public static byte[] of(byte[] data) {
        return digest().digest(data);
    }

    /** The digest of a text's UTF-8 bytes. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of some bytes in lower-case hex. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(of(data));
    }

    /** The digest of a text's UTF-8 bytes in lower-case hex. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }
}
