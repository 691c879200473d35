package dev.anchor.server.query;

/** The times of an event that the store indexes, for windows and for order. */
public enum TimeField {
    /** {@code eventTime}. */
    EVENT_TIME,
    /** {@code recordTime}: when the ledger committed the event (its capturing transaction's timestamp). */
    RECORD_TIME,
    /** {@code errorDeclaration.declarationTime}. */
    ERROR_DECLARATION_TIME
}
