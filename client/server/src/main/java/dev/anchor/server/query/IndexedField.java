package dev.anchor.server.query;

/**
 * The multi-valued event fields the store indexes, one row per value, and the kind each is stored under. The
 * typed ones ({@link #BIZ_TRANSACTION}, {@link #SOURCE}, {@link #DESTINATION}) are stored under the kind followed
 * by {@code _} and the CBV bare word of the type ({@code bizTransaction_po}), as their query parameters name them.
 */
public enum IndexedField {
    /** {@code epcList} and {@code childEPCs}. */
    EPC("epc"),
    PARENT_ID("parentID"),
    INPUT_EPC("inputEPC"),
    OUTPUT_EPC("outputEPC"),
    /** The classes of {@code quantityList} and {@code childQuantityList}. */
    EPC_CLASS("epcClass"),
    INPUT_EPC_CLASS("inputEPCClass"),
    OUTPUT_EPC_CLASS("outputEPCClass"),
    /** The {@code eventID} the event carries, when it is not the hash the event is stored under. */
    EVENT_ID("eventID"),
    TRANSFORMATION_ID("transformationID"),
    PERSISTENT_DISPOSITION_SET("persistentDisposition_set"),
    PERSISTENT_DISPOSITION_UNSET("persistentDisposition_unset"),
    ERROR_REASON("errorReason"),
    CORRECTIVE_EVENT_ID("correctiveEventID"),
    BIZ_TRANSACTION("bizTransaction"),
    SOURCE("source"),
    DESTINATION("destination");

    private final String kind;

    IndexedField(String kind) {
        this.kind = kind;
    }

    /** @return the kind its values are stored under (for a typed field, without the type) */
    public String kind() {
        return kind;
    }

    /** @return the stored kind of a typed field's values of one type, e.g. {@code bizTransaction_po} */
    public String kind(String type) {
        return kind + "_" + type;
    }
}
