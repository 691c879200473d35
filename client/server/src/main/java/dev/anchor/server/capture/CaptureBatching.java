package dev.anchor.server.capture;

import dev.anchor.client.epcis.EpcisCapturer;

/**
 * How a capture job sends its document's events to the ledger ({@code anchor serve --events-per-tx N --in-flight N}):
 * so many events per transaction, so many transactions sent before the first has committed. The SDK's bounds apply
 * ({@link EpcisCapturer#captureEpcis(com.fasterxml.jackson.databind.JsonNode, int, int,
 * java.util.function.Consumer)}).
 *
 * @param eventsPerTransaction events per capture transaction
 * @param transactionsInFlight capture transactions in flight
 */
public record CaptureBatching(int eventsPerTransaction, int transactionsInFlight) {
    /** The SDK's defaults. */
    public static final CaptureBatching DEFAULT = new CaptureBatching(EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION,
            EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT);

    public CaptureBatching {
        if (eventsPerTransaction < 1 || transactionsInFlight < 1) {
            throw new IllegalArgumentException("events per transaction and transactions in flight must be positive, not "
                    + eventsPerTransaction + " and " + transactionsInFlight);
        }
    }
}
