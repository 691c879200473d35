package dev.anchor.server.query;

/** The single-valued event fields the store keeps in columns of their own, indexed. */
public enum EventColumn {
    /** {@code type}: ObjectEvent, AggregationEvent, ... */
    TYPE,
    ACTION,
    /** {@code bizStep}, as a CBV bare word when it is a CBV value ({@link CbvTerm}). */
    BIZ_STEP,
    /** {@code disposition}, as a CBV bare word when it is a CBV value. */
    DISPOSITION,
    /** {@code readPoint.id}. */
    READ_POINT,
    /** {@code bizLocation.id}. */
    BIZ_LOCATION
}
