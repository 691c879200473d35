package dev.anchor.benchmark;

/** One measured unit of work that a worker repeats: a transaction, a handoff pair, a read. */
@FunctionalInterface
public interface Operation {
    /**
     * Runs once and returns when it is complete (a write: committed).
     *
     * @param sequence how many times this worker ran it before, from 0
     * @throws Exception when it failed; the round counts it under its {@link FailureCodes code}
     */
    void run(long sequence) throws Exception;
}
