package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Anchor;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.function.Consumer;

/**
 * The view for sending GS1 EPCIS 2.0 events to Anchor: each event is recorded on the ledger under the capturing
 * organisation's identity and its CBV 2.0 event hash ({@link EpcisEventHash}), exactly once, and linked to the
 * Anchor batches it names (GS1 Digital Link {@code …/01/{GTIN}/10/{batchId}} or LGTIN URN).
 *
 * <p>The whole document is checked against the official schema ({@link EpcisSchema}) before anything is sent; an
 * invalid one fails with {@link ErrorCode#INVALID_EPCIS_DOCUMENT} and each problem's JSON path and reason, and
 * nothing of it is recorded. Events go in transactions of at most {@code eventsPerTransaction} events and at most
 * 512 KiB of event JSON (each event counted with the document's {@code @context}); a document holding an event larger
 * than that alone fails with {@link ErrorCode#EPCIS_CAPTURE_TOO_LARGE}, naming it, before anything is sent. Capture
 * is exactly-once by event hash: an event already on the ledger is counted as a duplicate, not written again, so
 * running the same capture again after a failure records exactly what the failed run did not.
 *
 * <pre>{@code
 * JsonNode document = new ObjectMapper().readTree(Path.of("shipment.jsonld").toFile());
 * try {
 *     EpcisCaptureReport report = distributor.captureEpcis(document);
 *     System.out.println(report.recorded().size() + " recorded, " + report.duplicates().size() + " duplicates");
 * } catch (EpcisCaptureException e) {
 *     e.problems().forEach(p -> System.err.println(p.path() + ": " + p.reason()));   // an invalid document
 *     System.err.println(e.partial().recorded().size() + " were recorded before " + e.errorCode());
 * }
 * }</pre>
 */
public interface EpcisCapturer {
    /**
     * Events per transaction unless the caller says otherwise: the best of the sizes measured on the local network
     * (docs/epcis.md, "Capture").
     */
    int DEFAULT_EVENTS_PER_TRANSACTION = 100;

    /**
     * Transactions of one capture in flight at once unless the caller says otherwise: while one waits for its
     * commit the peers endorse the next (docs/benchmarks.md, "EPCIS capture", measured 1 against 4).
     */
    int DEFAULT_TRANSACTIONS_IN_FLIGHT = 4;

    /** As {@link #captureEpcis(JsonNode, int, int, Consumer)} with the default sizes and no progress. */
    default EpcisCaptureReport captureEpcis(JsonNode document) {
        return captureEpcis(document, DEFAULT_EVENTS_PER_TRANSACTION, DEFAULT_TRANSACTIONS_IN_FLIGHT, report -> { });
    }

    /** As {@link #captureEpcis(JsonNode, int, int, Consumer)} with one transaction at a time. */
    default EpcisCaptureReport captureEpcis(JsonNode document, int eventsPerTransaction,
                                            Consumer<EpcisCaptureReport> progress) {
        return captureEpcis(document, eventsPerTransaction, 1, progress);
    }

    /**
     * Records every event of an EPCIS document: an {@code EPCISDocument}, a single event with its own
     * {@code @context}, or the events of an {@code EPCISQueryDocument}.
     *
     * @param document             the parsed JSON / JSON-LD document
     * @param eventsPerTransaction at most this many events per transaction (1 to 1000); a transaction also ends before
     *                             it would pass 512 KiB of event JSON
     * @param transactionsInFlight at most this many transactions sent and not yet committed at once (1 to 16)
     * @param progress             called once the document is checked (nothing done yet), then after each
     *                             committed transaction, in document order, with what is done so far; always on the
     *                             calling thread
     * @return every event's id, recorded or duplicate, and the transactions
     * @throws EpcisCaptureException when the document is invalid (nothing sent), or a transaction fails (no new one
     *                               starts; what committed stays recorded, those in flight included, and
     *                               {@link EpcisCaptureException#partial()} says what)
     */
    EpcisCaptureReport captureEpcis(JsonNode document, int eventsPerTransaction, int transactionsInFlight,
                                    Consumer<EpcisCaptureReport> progress);
}
