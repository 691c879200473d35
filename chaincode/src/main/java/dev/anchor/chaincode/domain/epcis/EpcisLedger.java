package dev.anchor.chaincode.domain.epcis;

/**
 * Where captured EPCIS events are kept: each record under its event id, and the links from events to the Anchor
 * batches they name. Nothing else: the query indexes are the read side's (data-model.md, "EPCIS events").
 */
public interface EpcisLedger {

    /** Whether an event is already recorded under this id. */
    boolean holds(String eventId);

    /**
     * Stores the record ({@code epcis}+eventId) and one link entry per Anchor batch the event names
     * ({@code epcis-batch}), and nothing more (data-model.md, "EPCIS events").
     */
    void record(EpcisCaptured captured);
}
