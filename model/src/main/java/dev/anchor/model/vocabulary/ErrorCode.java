package dev.anchor.model.vocabulary;

/**
 * Why a call failed; the name is the code clients see. The first group are the chaincode's refusal codes: a refusal
 * answers {@code CODE: sentence}, its payload the code (docs/data-model.md, "Refusals"), and the chaincode's domain
 * refuses with them only. The second group ({@link #isChaincodeRefusal()} false) are client-side conditions that the
 * SDK reports (the peer unreachable, a commit invalidated, an unreadable answer); the chaincode never uses them.
 */
public enum ErrorCode {
    /** An argument breaks an input rule (batch id format, GTIN check digit, quantity, lengths). */
    INVALID_INPUT(true),
    /** {@code RecordProduction} with a batch id already used. */
    BATCH_EXISTS(true),
    /**
     * {@code RecordProductions} with one or more entries refused; nothing was written. The sentence names every refused
     * entry: {@code N of M batches refused, nothing written: [INDEX] BATCH-ID CODE: sentence; …} (index from 0, the
     * batch id as sent, quoted when it is not one, {@code -} when missing; each entry's own code).
     */
    BATCHES_REFUSED(true),
    /** No batch with that id. */
    BATCH_NOT_FOUND(true),
    /** The caller's organisation may not do this (e.g. an auditor writing, a handoff to the auditor). */
    FORBIDDEN_ROLE(true),
    /** Initiating a handoff without holding the batch. */
    NOT_CUSTODIAN(true),
    /** Initiating a handoff while another one is pending. */
    HANDOFF_PENDING(true),
    /** Accepting or rejecting when no handoff is pending. */
    NO_PENDING_HANDOFF(true),
    /** Accepting or rejecting by anyone but the pending recipient. */
    NOT_RECIPIENT(true),
    /** The handoff recipient is not an organisation of the channel. */
    UNKNOWN_ORG(true),
    /**
     * The benchmark floor transaction (measurement only) was called on a chaincode server that does not run with
     * {@code ANCHOR_BENCHMARK=enabled}.
     */
    BENCHMARK_DISABLED(true),
    /** An SSCC that is not 18 digits with a correct GS1 check digit. */
    INVALID_SSCC(true),
    /** Packing into an SSCC that already names a logistic unit. */
    UNIT_EXISTS(true),
    /** No logistic unit with that SSCC. */
    UNIT_NOT_FOUND(true),
    /**
     * The batch is packed in a logistic unit: it is handed off, accepted and rejected only with its unit, and cannot
     * be packed again.
     */
    PACKED(true),
    /** A page bookmark that the same listing did not give out. */
    INVALID_BOOKMARK(true),
    /** A transformation would consume more of an input than remains of it. */
    OVER_CONSUMPTION(true),
    /** The batch is recalled (itself, or an ancestor it was made from): it cannot be handed off or transformed. */
    RECALLED(true),
    /** Recalling a batch the caller did not produce (only its producer or the auditor may). */
    NOT_PRODUCER(true),
    /** Acknowledging, or reporting on, the recall of a batch that is not recalled. */
    NOT_RECALLED(true),
    /** Acknowledging a recall that its custodian has already acknowledged. */
    ALREADY_ACKNOWLEDGED(true),
    /** Attaching a document (by its SHA-256) that is already attached to the batch. */
    EVIDENCE_EXISTS(true),
    /** No document with that SHA-256 is attached to the batch. */
    EVIDENCE_NOT_FOUND(true),
    /** A trace or recall would reach more batches or links than one transaction may (see docs/data-model.md). */
    TRACE_TOO_LARGE(true),
    /**
     * {@code CaptureEpcisEvents} with an event the chaincode cannot take (its id form, type, action, event time or
     * offset, or a field of the wrong JSON type); the message names the event and the field. Nothing was written.
     */
    INVALID_EPCIS_EVENT(true),
    /**
     * The request (its request id, same function and arguments) already committed: the peers refused its transaction
     * id as a duplicate (since issue 16 the request id derives the transaction id). The client answers such a retry
     * with the first transaction's result itself, so callers see this code only when that result could not be read
     * back.
     */
    DUPLICATE_REQUEST(true),
    /** The request id already committed a different request of the caller's identity (found by the client). */
    REQUEST_ID_REUSED(true),
    /** {@code GetRequest}: no request record of the caller's organisation (written before issue 16) has that id. */
    REQUEST_NOT_FOUND(true),
    /**
     * An EPCIS query the chaincode cannot answer: an unknown parameter, a time that is not a date-time with an offset,
     * a pattern with {@code *} anywhere but at its end, an unknown event type, a page size outside 1 to 1000. The
     * message names the parameter.
     */
    INVALID_EPCIS_QUERY(true),
    /** The caller's organisation is not one of the two parties to a handoff's commercial terms. */
    NOT_A_PARTY(true),
    /** No commercial terms were declared for the handoff. */
    TERMS_NOT_FOUND(true),
    /** The private copy of terms is not the one whose hash the handoff declared; nothing was stored. */
    TERMS_MISMATCH(true),
    /**
     * A {@code CaptureEpcisEvents} whose events hold more than 512 KiB of JSON (each event counted with the document's
     * {@code @context}); nothing was written. The SDK splits a capture so that no transaction exceeds it, and refuses
     * with this code, before sending anything, a document holding an event that alone exceeds it (the message names
     * the event and its size).
     */
    EPCIS_CAPTURE_TOO_LARGE(true),
    /** Approving the admission of an organisation that is already a member of the channel's chaincode. */
    ALREADY_MEMBER(true),
    /** An admin approving an admission that its organisation has already approved. */
    ALREADY_APPROVED(true),

    // Client-side codes: the SDK's own conditions, never a refusal of the chaincode (the domain does not use them).

    /**
     * The peers did not accept the caller's identity: its certificate was not issued by a CA of the organisation
     * whose MSP ID it presents, or that organisation is not a member of the channel. Nothing was run.
     */
    ACCESS_DENIED(false),
    /** The peer could not be reached, or did not answer in time. */
    UNAVAILABLE(false),
    /** The transaction was endorsed and ordered but invalidated at commit (e.g. MVCC_READ_CONFLICT). */
    COMMIT_FAILED(false),
    /** The client's configuration is unusable (missing or unreadable descriptor, certificate or key). */
    CONFIGURATION(false),
    /** A provenance proof bundle that cannot be read (not JSON, not the format, a protobuf that does not parse). */
    INVALID_PROOF(false),
    /**
     * An EPCIS document that the official GS1 EPCIS 2.0 JSON Schema rejects (see
     * {@code EpcisCaptureException.problems()} of the SDK); it was checked before anything was sent, so nothing was recorded.
     */
    INVALID_EPCIS_DOCUMENT(false),
    /** Anything else: an error without a known code, or an answer the client cannot read. */
    UNEXPECTED(false);

    private final boolean chaincodeRefusal;

    ErrorCode(boolean chaincodeRefusal) {
        this.chaincodeRefusal = chaincodeRefusal;
    }

    /** @return whether this is one of the chaincode's refusal codes (nothing was written), not a client-side code */
    public boolean isChaincodeRefusal() {
        return chaincodeRefusal;
    }
}
