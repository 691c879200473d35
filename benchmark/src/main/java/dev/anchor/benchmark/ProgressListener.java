package dev.anchor.benchmark;

/** Receives a round's progress every few seconds while it runs. */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param round     the round
     * @param elapsed   seconds since the round started, warm-up included
     * @param warmingUp whether the warm-up is still on
     * @param sent      measured operations started so far
     * @param succeeded of those, succeeded
     * @param failed    of those, failed
     * @param current   operations that succeeded per second over the last interval, warm-up included
     */
    void progress(RoundKind round, double elapsed, boolean warmingUp, long sent, long succeeded, long failed,
                  double current);
}
