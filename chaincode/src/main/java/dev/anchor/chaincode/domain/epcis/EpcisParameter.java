package dev.anchor.chaincode.domain.epcis;

import java.util.Optional;

/**
 * The EPCIS 2.0 query parameters Anchor answers, each with the event field it matches (none for the two times,
 * which bound {@code eventTime}).
 */
public enum EpcisParameter {
    EVENT_TYPE("eventType", EpcisField.TYPE),
    GE_EVENT_TIME("GE_eventTime", null),
    LT_EVENT_TIME("LT_eventTime", null),
    EQ_BIZ_STEP("EQ_bizStep", EpcisField.BIZ_STEP),
    EQ_DISPOSITION("EQ_disposition", EpcisField.DISPOSITION),
    EQ_BIZ_LOCATION("EQ_bizLocation", EpcisField.BIZ_LOCATION),
    EQ_READ_POINT("EQ_readPoint", EpcisField.READ_POINT),
    MATCH_EPC("MATCH_epc", EpcisField.EPC),
    MATCH_ANY_EPC("MATCH_anyEPC", EpcisField.ANY_EPC),
    MATCH_EPC_CLASS("MATCH_epcClass", EpcisField.EPC_CLASS),
    MATCH_ANY_EPC_CLASS("MATCH_anyEPCClass", EpcisField.ANY_EPC_CLASS);

    private final String wireName;
    private final EpcisField field;

    EpcisParameter(String wireName, EpcisField field) {
        this.wireName = wireName;
        this.field = field;
    }

    /** The name as EPCIS writes it, e.g. {@code MATCH_anyEPC}. */
    public String wireName() {
        return wireName;
    }

    /** The field it matches; null for {@code GE_eventTime} and {@code LT_eventTime}. */
    public EpcisField field() {
        return field;
    }

    /** Whether a value ending in {@code *} is a pattern. */
    boolean takesPatterns() {
        return name().startsWith("MATCH_");
    }

    /** Whether its patterns match EPCs (rather than EPC classes). */
    boolean matchesEpcs() {
        return this == MATCH_EPC || this == MATCH_ANY_EPC;
    }

    boolean isTime() {
        return field == null;
    }

    public static Optional<EpcisParameter> named(String wireName) {
        for (EpcisParameter parameter : values()) {
            if (parameter.wireName.equals(wireName)) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }
}
