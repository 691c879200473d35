package dev.anchor.benchmark;

import java.util.List;
import java.util.Map;

/**
 * What one round sends: set up once (not measured), then one {@link Operation} per worker, repeated in a
 * closed loop; closed when the round is over.
 */
public interface Workload extends AutoCloseable {
    /** @return the round this is */
    RoundKind kind();

    /**
     * Sets up what the round needs before any measurement, e.g. the batches the workers hand off.
     *
     * @param workers how many workers will run
     * @return notes for the report (what was set up, how long it took); may be empty
     */
    default List<String> prepare(int workers) {
        return List.of();
    }

    /** @return the EPCIS events one operation records (the capture round), or 0 when it records none */
    default int eventsPerOperation() {
        return 0;
    }

    /** @return the operation that worker number {@code worker} (from 0) repeats; called once per worker */
    Operation operation(int worker);

    /** @return notes for the report about the run itself (e.g. retries), asked once the round is over; may be empty */
    default List<String> afterRun() {
        return List.of();
    }

    /**
     * @return figures the round measured besides its operations' latency (e.g. the projection lag), by name, in
     *         their unit's name ({@code projectionLagP95Ms}); asked once the round is over; may be empty
     */
    default Map<String, Double> measures() {
        return Map.of();
    }

    /** Releases what {@link #prepare} set up (a server, a store); the default has nothing to release. */
    @Override
    default void close() {
    }
}
