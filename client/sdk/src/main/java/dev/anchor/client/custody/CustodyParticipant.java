package dev.anchor.client.custody;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.Receipt;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.evidence.EvidenceRecord;

import java.util.List;

/**
 * The view of an organisation that holds custody (manufacturer, distributor, retailer): handing batches on
 * and answering handoffs, packing batches into logistic units, and listing what it holds and what it is offered.
 * A handoff is two-step: the custodian initiates it, then the recipient accepts (custody moves) or rejects
 * (custody stays). A logistic unit (named by an SSCC-18) is handed off whole: every batch in it moves in the same
 * transaction, and a packed batch is never handed off alone ({@link ErrorCode#PACKED}).
 *
 * <pre>{@code
 * manufacturer.packUnit("106141411234567897", List.of("PEAR-001", "PEAR-002"));
 * manufacturer.initiateUnitHandoff("106141411234567897", Organization.DISTRIBUTOR);
 * for (Holding offered : distributor.inbox(50, null).items()) {
 *     if (offered instanceof LogisticUnit unit) {
 *         distributor.acceptUnitHandoff(unit.sscc());      // both pear batches are now the distributor's
 *     }
 * }
 * }</pre>
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
     * Packs batches the caller holds into a new logistic unit ({@code PackUnit}). Each batch gets a {@code PACKED}
     * event.
     *
     * @param sscc     the unit's SSCC: 18 digits with a correct GS1 check digit
     * @param batchIds one to 1000 batches, held by the caller, not packed, with no pending handoff
     * @return the committed transaction's id and the new unit
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_SSCC}, {@link ErrorCode#UNIT_EXISTS},
     *                                     {@link ErrorCode#NOT_CUSTODIAN}, {@link ErrorCode#PACKED},
     *                                     {@link ErrorCode#HANDOFF_PENDING}, {@link ErrorCode#BATCH_NOT_FOUND},
     *                                     {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#FORBIDDEN_ROLE}
     */
    UnitReceipt packUnit(String sscc, List<String> batchIds);

    /**
     * Unpacks a unit the caller holds ({@code UnpackUnit}): the unit ceases to exist, its batches stay with the
     * caller, each with an {@code UNPACKED} event.
     *
     * @param sscc the unit
     * @return the committed transaction's id and the unit as it was
     * @throws TransactionRefusedException {@link ErrorCode#UNIT_NOT_FOUND}, {@link ErrorCode#NOT_CUSTODIAN},
     *                                     {@link ErrorCode#HANDOFF_PENDING}, {@link ErrorCode#INVALID_SSCC}
     */
    UnitReceipt unpackUnit(String sscc);

    /**
     * Offers a unit the caller holds, and every batch in it, to another organisation ({@code InitiateHandoff}).
     *
     * @throws TransactionRefusedException the codes of {@link #initiateHandoff}, with {@link ErrorCode#UNIT_NOT_FOUND}
     *                                     and {@link ErrorCode#INVALID_SSCC} for the unit
     */
    UnitReceipt initiateUnitHandoff(String sscc, Organization to);

    /**
     * Accepts the unit handoff pending for the caller; the caller becomes custodian of the unit and of every batch
     * in it ({@code AcceptHandoff}).
     *
     * @throws TransactionRefusedException the codes of {@link #acceptHandoff}, with {@link ErrorCode#UNIT_NOT_FOUND}
     */
    UnitReceipt acceptUnitHandoff(String sscc);

    /**
     * Rejects the unit handoff pending for the caller; the unit stays whole with the sender ({@code RejectHandoff}).
     *
     * @throws TransactionRefusedException the codes of {@link #rejectHandoff}, with {@link ErrorCode#UNIT_NOT_FOUND}
     */
    UnitReceipt rejectUnitHandoff(String sscc, String reason);

    /**
     * One page of what the caller's organisation holds: its batches (packed or not) in id order, then its units
     * ({@code GetInventory}). A page costs the same however much the organisation holds.
     *
     * @param pageSize 1 to 1000
     * @param bookmark null for the first page, else the previous page's {@link Page#bookmark()}
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_BOOKMARK}, {@link ErrorCode#INVALID_INPUT}
     */
    Page<Holding> inventory(int pageSize, String bookmark);

    /**
     * One page of the handoffs waiting for the caller's accept or reject: batches, then units ({@code GetInbox}).
     * Batches travelling in a unit are not listed on their own.
     *
     * @param pageSize 1 to 1000
     * @param bookmark null for the first page, else the previous page's {@link Page#bookmark()}
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_BOOKMARK}, {@link ErrorCode#INVALID_INPUT}
     */
    Page<Holding> inbox(int pageSize, String bookmark);

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
