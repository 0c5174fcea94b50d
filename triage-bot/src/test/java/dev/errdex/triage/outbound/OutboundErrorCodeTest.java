package dev.errdex.triage.outbound;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundErrorCodeTest {

    @Test
    void codesAreUniqueAndInTheOutboundRange() {
        assertThat(Arrays.stream(OutboundErrorCode.values()).map(OutboundErrorCode::number))
                .doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isBetween(1260, 1279));
    }
}
