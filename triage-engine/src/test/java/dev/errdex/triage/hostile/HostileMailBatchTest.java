package dev.errdex.triage.hostile;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.TriageResult;
import dev.errdex.triage.internal.NoMatchIndex;
import dev.errdex.triage.mail.MailRejectedException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The hostile corpus through one triage engine, as a batch: each message is refused with its errdex code or read
 * within limits, and the well-formed email that follows it is still triaged right. The timeout is a hang guard, not
 * a speed assertion.
 */
class HostileMailBatchTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final TriageEngine ENGINE = new TriageEngine(DefaultCatalog.load(), new NoMatchIndex());

    @TestFactory
    Stream<DynamicTest> refusesOrReadsEachHostileMessageAndTheBatchGoesOn() {
        return HostileMail.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                if (c.refusal() != null) {
                    MailRejectedException e = catchThrowableOfType(MailRejectedException.class,
                            () -> ENGINE.triage(c.raw()));
                    assertThat(e).as("%s must be refused", c).isNotNull();
                    assertThat(e.errorCode()).isEqualTo(c.refusal());
                    assertThat(e.getMessage()).startsWith(c.refusal().code());
                } else {
                    TriageResult result = ENGINE.triage(c.raw());
                    assertThat(result.explicit()).as("codes of %s", c).containsExactlyElementsOf(c.explicit());
                }
            });
            TriageResult control = ENGINE.triage(HostileMail.CONTROL);
            assertThat(control.explicit()).containsExactly(HostileMail.CONTROL_CODE);
        }));
    }
}
