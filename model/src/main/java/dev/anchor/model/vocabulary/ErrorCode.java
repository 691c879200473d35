package dev.anchor.model.vocabulary;

/**
 * Why a transaction was refused; the name is the code clients see: a refusal answers {@code CODE: sentence}, its
 * payload the code (docs/data-model.md, "Refusals"). The chaincode's domain refuses with these codes.
 */
public enum ErrorCode {
    INVALID_INPUT,
    FORBIDDEN_ROLE,
    BATCH_EXISTS,
    BATCH_NOT_FOUND,
    UNKNOWN_ORG,
    NOT_CUSTODIAN,
    HANDOFF_PENDING,
    NO_PENDING_HANDOFF,
    NOT_RECIPIENT,
    BENCHMARK_DISABLED,
    INVALID_SSCC,
    UNIT_EXISTS,
    UNIT_NOT_FOUND,
    PACKED,
    INVALID_BOOKMARK,
    OVER_CONSUMPTION,
    RECALLED,
    NOT_PRODUCER,
    NOT_RECALLED,
    ALREADY_ACKNOWLEDGED,
    EVIDENCE_EXISTS,
    EVIDENCE_NOT_FOUND,
    TRACE_TOO_LARGE,
    INVALID_EPCIS_EVENT,
    DUPLICATE_REQUEST,
    REQUEST_ID_REUSED,
    REQUEST_NOT_FOUND,
    INVALID_EPCIS_QUERY,
    NOT_A_PARTY,
    TERMS_NOT_FOUND,
    TERMS_MISMATCH,
    EPCIS_CAPTURE_TOO_LARGE
}
