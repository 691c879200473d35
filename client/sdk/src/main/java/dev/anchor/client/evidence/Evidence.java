package dev.anchor.client.evidence;

import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.util.Optional;

/**
 * A document attached to a batch, as the ledger recorded it: which document (by SHA-256), by whom and when. The
 * client's view of the wire model's {@link dev.anchor.model.evidence.Evidence}, with the transaction named
 * {@code transactionId} as everywhere in the SDK.
 *
 * @param batchId       the batch
 * @param sha256        the document's SHA-256
 * @param mediaType     its media type
 * @param size          its size in bytes
 * @param uri           where to find it, if given
 * @param attachedBy    MSP ID of the organisation that attached it
 * @param attachedAt    timestamp of the attaching transaction
 * @param transactionId the attaching transaction
 */
public record Evidence(String batchId, String sha256, String mediaType, long size, Optional<String> uri,
                       String attachedBy, Instant attachedAt, String transactionId) {

    /**
     * Reads the answer of {@code GetEvidence}.
     *
     * @throws AnchorException with {@link ErrorCode#UNEXPECTED} when it is not a JSON object
     */
    /** Reads an evidence record from the chaincode's JSON ({@code GetEvidence}), through the wire model. */
    public static Evidence fromJson(String json) {
        return of(AnchorJson.read(json, dev.anchor.model.evidence.Evidence.class, "the evidence"));
    }

    /** The view of the wire model's evidence record. */
    public static Evidence of(dev.anchor.model.evidence.Evidence e) {
        return new Evidence(e.batchId(), e.sha256(), e.mediaType(), e.size(), Optional.ofNullable(e.uri()),
                e.attachedBy(), e.attachedAt(), e.txId());
    }
}
