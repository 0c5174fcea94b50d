package dev.errdex.api.ops;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids {@link RequestIds} makes for requests that bring none: random (version 4) UUIDs, each new. */
class RequestIdsTest {

    @Test
    void aNewIdIsARandomUuidInItsCanonicalForm() {
        String id = RequestIds.newId();
        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2); // RFC 4122
        assertThat(uuid.toString()).isEqualTo(id);
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RequestIds.newId());
        }
        assertThat(ids).hasSize(10_000);
    }
}
