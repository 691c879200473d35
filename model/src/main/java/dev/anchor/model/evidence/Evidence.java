package dev.anchor.model.evidence;

import java.time.Instant;

/**
 * An off-chain document attached to a batch by its SHA-256, under {@code evidence}+batch+sha256, and the answer of
 * {@code GetEvidence}.
 *
 * @param attachedAt the attaching transaction's timestamp
 * @param attachedBy the attacher's MSP ID
 * @param batchId    the batch
 * @param mediaType  the document's media type
 * @param sha256     the document's SHA-256 (hex)
 * @param size       its size in bytes
 * @param txId       the attaching transaction
 * @param uri        where the document can be fetched, or null
 */
public record Evidence(Instant attachedAt, String attachedBy, String batchId, String mediaType, String sha256,
        long size, String txId, String uri) {
}
