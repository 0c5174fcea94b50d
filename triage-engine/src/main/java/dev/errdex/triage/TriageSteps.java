package dev.errdex.triage;

import java.util.function.Supplier;

/**
 * What a caller learns of the engine's steps ({@code read}, {@code extract}, {@code match}), for example to trace
 * or time each one. The engine stays plain Java: a caller in a Quarkus module turns the steps into spans.
 */
@FunctionalInterface
public interface TriageSteps {

    /** Runs each step as it is, observing nothing. */
    TriageSteps NONE = new TriageSteps() {
        @Override
        public <T> T run(String step, Supplier<T> work) {
            return work.get();
        }
    };

    /**
     * Runs one step of the engine and returns its result; must run {@code work} exactly once, on the calling thread,
     * and let its exceptions through.
     */
    <T> T run(String step, Supplier<T> work);
}
