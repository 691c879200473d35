package dev.anchor.client.provenance;

/**
 * The kind of a {@link ProvenanceEvent}: the wire model's {@link dev.anchor.model.vocabulary.EventType}, name for name,
 * and {@link #UNKNOWN} for a type this client does not know yet (so that an older client still reads a newer
 * chaincode's history). {@code EventTypeTest} keeps the two in step.
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
    /** A transformation consumed some of this batch. Details: output, quantity, remaining, unit. */
    CONSUMED,
    /** A transformation made this batch from inputs. Details: as PRODUCED, and inputs ({@code ID:QTY,...}). */
    TRANSFORMED,
    /** This batch, or an ancestor whose recall reached it, was recalled. Details: recallOf, reason. */
    RECALLED,
    /** The custodian acknowledged the recall. Details: recallOf. */
    RECALL_ACKNOWLEDGED,
    /** A document was attached by its hash. Details: sha256, mediaType, size, uri (optional). */
    EVIDENCE_ATTACHED,
    /** A type this client does not know (written by a newer chaincode); see the event's raw JSON. */
    UNKNOWN;

    /** The type of the wire model's type; {@link #UNKNOWN} for null (a type the model does not know). */
    public static EventType of(dev.anchor.model.vocabulary.EventType type) {
        return type == null ? UNKNOWN : valueOf(type.name());
    }

    /** The type with this name, or {@link #UNKNOWN}; never throws. */
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
