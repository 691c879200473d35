package dev.anchor.chaincode.domain;

/**
 * The indexes of captured EPCIS events (data-model.md, "EPCIS events"). Each entry names one value of an
 * event, the event's time and its id, so that one range over an index and a value holds exactly the events
 * with that value, in time order. {@code LedgerKeys} names the key of each.
 */
public enum EpcisIndexName {
    /** Every event, by time alone. */
    TIME,
    /** {@code type}: ObjectEvent, AggregationEvent, ... */
    TYPE,
    /** {@code bizStep}, CBV values as the bare word. */
    BIZ_STEP,
    /** {@code disposition}, CBV values as the bare word. */
    DISPOSITION,
    /** {@code bizLocation.id}. */
    BIZ_LOCATION,
    /** {@code readPoint.id}. */
    READ_POINT,
    /** {@code epcList}, {@code childEPCs}: what {@code MATCH_epc} matches. */
    EPC,
    /** Those, and {@code inputEPCList}, {@code outputEPCList}, {@code parentID}: {@code MATCH_anyEPC}. */
    ANY_EPC,
    /** {@code epcClass} of {@code quantityList}, {@code childQuantityList}: {@code MATCH_epcClass}. */
    EPC_CLASS,
    /** Those, and of {@code inputQuantityList}, {@code outputQuantityList}: {@code MATCH_anyEPCClass}. */
    ANY_EPC_CLASS,
    /** The Anchor batches an event names. */
    BATCH
}
