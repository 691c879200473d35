package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * A captured EPCIS event as a committed block holds it: the record the chaincode wrote under its event hash
 * ({@code {"capturedAt","capturedBy","context","event","eventId","txId"}}, docs/data-model.md, "EPCIS events"),
 * and where the ledger committed it.
 *
 * @param eventId          the CBV 2.0 event hash the record is stored under
 * @param record           the record as written, canonical JSON parsed
 * @param blockNumber      the block that committed it
 * @param transactionId    the transaction that wrote it
 * @param transactionIndex the transaction's position in its block
 */
public record CommittedEpcisEvent(String eventId, ObjectNode record, long blockNumber, String transactionId,
                                  int transactionIndex) {
    public CommittedEpcisEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(transactionId, "transactionId");
    }
}
