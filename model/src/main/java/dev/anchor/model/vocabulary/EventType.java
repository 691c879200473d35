package dev.anchor.model.vocabulary;

/**
 * What happened to a batch: the {@code type} of a provenance event, and the name of the chaincode event emitted
 * for it. The details each type carries are listed in docs/data-model.md.
 */
public enum EventType {
    PRODUCED,
    HANDOFF_INITIATED,
    HANDOFF_ACCEPTED,
    HANDOFF_REJECTED,
    PACKED,
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
    EVIDENCE_ATTACHED
}
