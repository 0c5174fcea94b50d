package dev.errdex.catalog.cluster;

import java.util.function.BooleanSupplier;

/** Waits for something another thread does; fails after a generous bound (a loaded machine is slow, not wrong). */
final class Awaiting {

    private Awaiting() {
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after 30 s");
            }
            Thread.sleep(50);
        }
    }
}
