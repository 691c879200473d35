package dev.anchor.chaincode.domain;

import java.util.List;
import java.util.Optional;

/**
 * The EPCIS 2.0 query parameters Anchor answers, each with the index it can read. {@link #PREFERENCE} is the
 * fixed order in which a query picks the one parameter whose index it reads: the most selective first
 * (an EPC names few events, an event type very many).
 */
public enum EpcisParameter {
    EVENT_TYPE("eventType", EpcisIndexName.TYPE),
    GE_EVENT_TIME("GE_eventTime", EpcisIndexName.TIME),
    LT_EVENT_TIME("LT_eventTime", EpcisIndexName.TIME),
    EQ_BIZ_STEP("EQ_bizStep", EpcisIndexName.BIZ_STEP),
    EQ_DISPOSITION("EQ_disposition", EpcisIndexName.DISPOSITION),
    EQ_BIZ_LOCATION("EQ_bizLocation", EpcisIndexName.BIZ_LOCATION),
    EQ_READ_POINT("EQ_readPoint", EpcisIndexName.READ_POINT),
    MATCH_EPC("MATCH_epc", EpcisIndexName.EPC),
    MATCH_ANY_EPC("MATCH_anyEPC", EpcisIndexName.ANY_EPC),
    MATCH_EPC_CLASS("MATCH_epcClass", EpcisIndexName.EPC_CLASS),
    MATCH_ANY_EPC_CLASS("MATCH_anyEPCClass", EpcisIndexName.ANY_EPC_CLASS);

    /** Which parameter's index a query reads: the first of these it has (with none, the time index). */
    public static final List<EpcisParameter> PREFERENCE = List.of(MATCH_EPC, MATCH_ANY_EPC, MATCH_EPC_CLASS,
            MATCH_ANY_EPC_CLASS, EQ_READ_POINT, EQ_BIZ_LOCATION, EQ_DISPOSITION, EQ_BIZ_STEP, EVENT_TYPE);

    private final String wireName;
    private final EpcisIndexName index;

    EpcisParameter(String wireName, EpcisIndexName index) {
        this.wireName = wireName;
        this.index = index;
    }

    /** The name as EPCIS writes it, e.g. {@code MATCH_anyEPC}. */
    public String wireName() {
        return wireName;
    }

    public EpcisIndexName index() {
        return index;
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
        return index == EpcisIndexName.TIME;
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
