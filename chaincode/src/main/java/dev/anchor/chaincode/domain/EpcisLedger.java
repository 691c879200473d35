package dev.anchor.chaincode.domain;

/** Where captured EPCIS events are kept: each record under its event id, and its index entries. */
public interface EpcisLedger {

    /** Whether an event is already recorded under this id. */
    boolean holds(String eventId);

    /**
     * Stores the record ({@code epcis}+eventId) and every index entry of the event: time, type, business step,
     * disposition, business location, read point, EPCs, EPC classes and the Anchor batches it names
     * (data-model.md, "EPCIS events").
     */
    void record(EpcisCaptured captured);
}
