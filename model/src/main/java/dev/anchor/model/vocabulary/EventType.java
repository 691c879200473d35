package dev.anchor.model.vocabulary;

/**
 * What happened to a batch: the {@code type} of a provenance event, and the name of the chaincode event emitted
 * for it. The details each type carries are listed in docs/data-model.md.
 *
 * <p>{@link #UNKNOWN} is a reader's word, never written: the type of an event that a newer chaincode wrote and this
 * reader does not know yet (so that an older client still reads the history; the event's JSON keeps the real type).
 */
public enum EventType {
    /** The manufacturer recorded the batch. Details: gtin, productName, quantity, unit, site. */
    PRODUCED,
    /** The custodian offered the batch to another organisation. Details: from, to (and sscc when in a unit). */
    HANDOFF_INITIATED,
    /** The recipient accepted; custody moved. Details: from, to (and sscc when the batch moved in a unit). */
    HANDOFF_ACCEPTED,
    /** The recipient rejected; custody stays. Details: from, to, reason (and sscc). */
    HANDOFF_REJECTED,
    /** The custodian packed the batch into a logistic unit. Details: sscc. */
    PACKED,
    /** The custodian unpacked the logistic unit the batch was in. Details: sscc. */
    UNPACKED,
    /** A transformation consumed some of this batch (an input). */
    CONSUMED,
    /** A transformation made this batch from its inputs (the first event of an output). */
    TRANSFORMED,
    /** This batch, or an ancestor whose recall reached it, was recalled. */
    RECALLED,
    /** The custodian acknowledged the batch's recall. */
    RECALL_ACKNOWLEDGED,
    /** An off-chain document was attached to this batch by its hash. */
    EVIDENCE_ATTACHED,
    /** A type this reader does not know (written by a newer chaincode); never written. */
    UNKNOWN;

    /** The type with this name, or {@link #UNKNOWN} for null or a name this reader does not know; never throws. */
    public static EventType parse(String name) {
        if (name != null) {
            for (EventType t : values()) {
                if (t != UNKNOWN && t.name().equals(name)) {
                    return t;
                }
            }
        }
        return UNKNOWN;
    }
}
