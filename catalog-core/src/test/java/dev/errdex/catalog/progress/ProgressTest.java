package dev.errdex.catalog.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What each display of {@link Progress} shows, on a clock the test moves. */
class ProgressTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> logged = new ArrayList<>();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private Progress start(Progress.Display display, long total) {
        return Progress.start("import", total, display, logged::add,
                new PrintStream(terminal, true, StandardCharsets.UTF_8), Duration.ofSeconds(5), nanos::get);
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void offATerminalALineIsLoggedEveryIntervalAndALastOneAtTheEnd() {
        try (Progress p = start(Progress.Display.LOG, 1608)) {
            p.step(400);
            advance(Duration.ofSeconds(4));
            p.step(400);
            advance(Duration.ofSeconds(2));
            p.step(400);
            p.step(1);
            advance(Duration.ofSeconds(5));
            p.step(407);
        }

        assertThat(logged).containsExactly("import: 1200/1608 (74%)", "import: 1608/1608 (100%)",
                "import: 1608/1608 (100%), finished");
        assertThat(terminal.size()).as("nothing on the terminal").isZero();
    }

    @Test
    void aJobShorterThanTheIntervalLogsNothing() {
        try (Progress p = start(Progress.Display.LOG, 10)) {
            p.step(10);
        }

        assertThat(logged).isEmpty();
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceAndItsLineEndedAtTheEnd() {
        try (Progress p = start(Progress.Display.BAR, 100)) {
            advance(Duration.ofMillis(150));
            p.step(50);
            advance(Duration.ofMillis(150));
            p.step(50);
        }

        String shown = terminal.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\rimport [" + "=".repeat(15) + " ".repeat(15) + "] 50/100 (50%)")
                .contains("\rimport [" + "=".repeat(30) + "] 100/100 (100%)").endsWith(System.lineSeparator());
        assertThat(logged).isEmpty();
    }

    @Test
    void anUnknownTotalCountsWhatIsDone() {
        try (Progress p = start(Progress.Display.LOG, -1)) {
            advance(Duration.ofSeconds(6));
            p.step();
        }

        assertThat(logged).first().isEqualTo("import: 1 done");
    }
}
