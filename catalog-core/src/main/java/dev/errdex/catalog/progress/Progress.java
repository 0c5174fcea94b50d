package dev.errdex.catalog.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long job (seeding, import, index build, triage of many files), shown where it helps and never on
 * standard output (where commands print their results):
 * <ul>
 *   <li>{@link Display#BAR} on a terminal: one bar on standard error, redrawn at most every 100 ms;</li>
 *   <li>{@link Display#LOG} otherwise: a line such as {@code import: 450/1608 (28%)} to the given log every
 *       {@link #LOG_EVERY}, so a job shorter than that logs nothing;</li>
 *   <li>{@link Display#OFF}: nothing.</li>
 * </ul>
 * The display is chosen by {@code -Derrdex-progress=bar|log|off}, else BAR when the JVM has a console (standard
 * input and output on a terminal), else LOG. {@link #step()} is safe from several threads.
 */
public final class Progress implements AutoCloseable {

    /** How often the LOG display writes a line. */
    public static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private static final long BAR_EVERY_NANOS = Duration.ofMillis(100).toNanos();
    private static final int BAR_WIDTH = 30;

    /** Where progress goes. */
    public enum Display { BAR, LOG, OFF }

    private final String label;
    private final long total;
    private final Display display;
    private final Consumer<String> log;
    private final PrintStream terminal;
    private final long everyNanos;
    private final LongSupplier clock;
    private final AtomicLong done = new AtomicLong();
    private long lastShown;
    private boolean shown;

    Progress(String label, long total, Display display, Consumer<String> log, PrintStream terminal, Duration every,
             LongSupplier clock) {
        this.label = label;
        this.total = total;
        this.display = display;
        this.log = log;
        this.terminal = terminal;
        this.everyNanos = display == Display.BAR ? BAR_EVERY_NANOS : every.toNanos();
        this.clock = clock;
        this.lastShown = clock.getAsLong();
    }

    /**
     * Starts showing the progress of a job.
     *
     * @param total the number of steps, or a negative number when unknown
     * @param log   where the LOG display writes its lines (a logger's info, or standard error)
     */
    public static Progress start(String label, long total, Consumer<String> log) {
        return new Progress(label, total, display(), log, System.err, LOG_EVERY, System::nanoTime);
    }

    /** A progress with the display, interval and clock given (tests). */
    public static Progress start(String label, long total, Display display, Consumer<String> log,
                                 PrintStream terminal, Duration every, LongSupplier clock) {
        return new Progress(label, total, display, log, terminal, every, clock);
    }

    /** The display this JVM uses (see the class comment). */
    public static Display display() {
        String chosen = System.getProperty("errdex-progress");
        if (chosen != null) {
            try {
                return Display.valueOf(chosen.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // an unknown value falls back to the automatic choice
            }
        }
        return System.console() != null ? Display.BAR : Display.LOG;
    }

    /** One step done. */
    public void step() {
        step(1);
    }

    /** {@code n} steps done. */
    public void step(long n) {
        long now = done.addAndGet(n);
        if (display != Display.OFF && clock.getAsLong() - lastShown >= everyNanos) {
            show(now, false);
        }
    }

    /** The steps done so far. */
    public long done() {
        return done.get();
    }

    /** Ends the job: the bar is completed and its line ended; the LOG display writes a last line if it wrote any. */
    @Override
    public void close() {
        if (display == Display.BAR || (display == Display.LOG && shown)) {
            show(done.get(), true);
        }
    }

    private synchronized void show(long now, boolean last) {
        long at = clock.getAsLong();
        if (!last && at - lastShown < everyNanos) {
            return; // another thread has just shown it
        }
        lastShown = at;
        shown = true;
        String count = total >= 0 ? now + "/" + total + " (" + percent(now) + "%)" : now + " done";
        if (display == Display.LOG) {
            log.accept(label + ": " + count + (last ? ", finished" : ""));
            return;
        }
        StringBuilder bar = new StringBuilder("\r").append(label).append(" [");
        int filled = total > 0 ? (int) Math.min(BAR_WIDTH, now * BAR_WIDTH / total) : (int) (now % (BAR_WIDTH + 1));
        bar.append("=".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ").append(count);
        terminal.print(bar);
        if (last) {
            terminal.println();
        }
        terminal.flush();
    }

    private long percent(long now) {
        return total == 0 ? 100 : Math.min(100, now * 100 / total);
    }
}
