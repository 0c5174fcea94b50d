package dev.errdex.catalog.scan.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * A cheap first look at a file's bytes for the second pass: whether any word of it is the name of a constant. Words
 * are runs of letters, digits, {@code _}, {@code $} and non-ASCII bytes; each is hashed (64-bit FNV-1a) and looked up
 * among the names' hashes, without making strings. A false positive only costs a full read.
 */
public final class NameFilter {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final long[] hashes;

    public NameFilter(Collection<String> names) {
        hashes = names.stream().mapToLong(n -> hash(n.getBytes(StandardCharsets.UTF_8))).distinct().sorted()
                .toArray();
    }

    /** Whether {@code bytes} may name one of the constants. */
    public boolean mayUse(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            if (!isWordByte(bytes[i])) {
                i++;
                continue;
            }
            long h = OFFSET;
            while (i < n && isWordByte(bytes[i])) {
                h = (h ^ (bytes[i] & 0xff)) * PRIME;
                i++;
            }
            if (Arrays.binarySearch(hashes, h) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '$'
                || b < 0;
    }

    private static long hash(byte[] word) {
        long h = OFFSET;
        for (byte b : word) {
            h = (h ^ (b & 0xff)) * PRIME;
        }
        return h;
    }
}
