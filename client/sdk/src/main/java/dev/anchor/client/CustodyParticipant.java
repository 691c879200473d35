package dev.anchor.client;

/**
 * The view of an organisation that holds custody (manufacturer, distributor, retailer): handing batches on
 * and answering handoffs. A handoff is two-step: the custodian initiates it, then the recipient accepts
 * (custody moves) or rejects (custody stays).
 */
public interface CustodyParticipant {
    /**
     * Offers a batch the caller holds to another organisation ({@code InitiateHandoff}).
     *
     * @param batchId the batch
     * @param to      the recipient: manufacturer, distributor or retailer, not the caller
     * @return the committed transaction's id and the batch, now with a pending handoff
     * @throws TransactionRefusedException {@link ErrorCode#NOT_CUSTODIAN}, {@link ErrorCode#HANDOFF_PENDING},
     *                                     {@link ErrorCode#FORBIDDEN_ROLE} (e.g. to the auditor),
     *                                     {@link ErrorCode#INVALID_INPUT} (e.g. to itself),
     *                                     {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Receipt initiateHandoff(String batchId, Organization to);

    /**
     * Accepts the handoff pending for the caller; the caller becomes custodian ({@code AcceptHandoff}).
     *
     * @param batchId the batch
     * @return the committed transaction's id and the batch, held by the caller
     * @throws TransactionRefusedException {@link ErrorCode#NO_PENDING_HANDOFF}, {@link ErrorCode#NOT_RECIPIENT},
     *                                     {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Receipt acceptHandoff(String batchId);

    /**
     * Rejects the handoff pending for the caller; custody stays with the sender ({@code RejectHandoff}).
     *
     * @param batchId the batch
     * @param reason  why, non-blank, at most 500 characters
     * @return the committed transaction's id and the batch, still held by the sender
     * @throws TransactionRefusedException {@link ErrorCode#NO_PENDING_HANDOFF}, {@link ErrorCode#NOT_RECIPIENT},
     *                                     {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Receipt rejectHandoff(String batchId, String reason);

    /**
     * The custodian of a recalled batch acknowledges the recall ({@code AcknowledgeRecall}); the recall report then
     * shows it.
     *
     * @param batchId the batch, held by the caller
     * @return the committed transaction's id and the batch
     * @throws TransactionRefusedException {@link ErrorCode#NOT_RECALLED}, {@link ErrorCode#NOT_CUSTODIAN},
     *                                     {@link ErrorCode#ALREADY_ACKNOWLEDGED}, {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Receipt acknowledgeRecall(String batchId);

    /**
     * Attaches an off-chain document to a batch by its SHA-256 ({@code AttachEvidence}); any organisation of the
     * channel may. Build the record with {@link EvidenceRecord#ofFile}, which computes the hash.
     *
     * @param evidence the document's hash, media type, size and locator
     * @return the committed transaction's id and the batch, with an {@code EVIDENCE_ATTACHED} event
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_INPUT} (e.g. a malformed hash),
     *                                     {@link ErrorCode#EVIDENCE_EXISTS}, {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Receipt attachEvidence(EvidenceRecord evidence);
}
