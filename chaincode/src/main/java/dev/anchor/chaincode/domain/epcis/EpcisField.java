package dev.anchor.chaincode.domain.epcis;

/**
 * The fields of a captured EPCIS event that queries match values against ({@link EpcisEventFacts}), each read by
 * one query parameter ({@link EpcisParameter}). The world state keeps no index of them (data-model.md, "EPCIS
 * events"): the read side indexes them; the ledger's own query reads records and matches these fields.
 */
public enum EpcisField {
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
    ANY_EPC_CLASS
}
