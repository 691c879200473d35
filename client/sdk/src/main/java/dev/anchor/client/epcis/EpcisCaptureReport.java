package dev.anchor.client.epcis;

import java.util.List;
import java.util.Objects;

/**
 * What an EPCIS capture did, or has done so far.
 *
 * @param events         how many events the document holds
 * @param recorded       the ids (CBV 2.0 event hashes) of the events this capture recorded, in document order
 * @param duplicates     the ids of the events that were on the ledger already (or twice in the document)
 * @param transactionIds the committed transactions, in order
 */
public record EpcisCaptureReport(int events, List<String> recorded, List<String> duplicates,
                                 List<String> transactionIds) {
    /** Copies the lists. */
    public EpcisCaptureReport {
        recorded = List.copyOf(Objects.requireNonNull(recorded, "recorded"));
        duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
        transactionIds = List.copyOf(Objects.requireNonNull(transactionIds, "transactionIds"));
    }

    /** @return how many events are done (recorded or found to be duplicates) */
    public int done() {
        return recorded.size() + duplicates.size();
    }
}
