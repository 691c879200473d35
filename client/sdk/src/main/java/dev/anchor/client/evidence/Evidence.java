package dev.anchor.client.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.util.Optional;

/**
 * A document attached to a batch, as the ledger recorded it: which document (by SHA-256), by whom and when.
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
    public static Evidence fromJson(String json) {
        JsonNode n = AnchorJson.parseObject(json, "the evidence");
        return new Evidence(AnchorJson.text(n, "batchId"), AnchorJson.text(n, "sha256"), AnchorJson.text(n, "mediaType"),
                AnchorJson.integer(n, "size", -1), Optional.ofNullable(AnchorJson.text(n, "uri")),
                AnchorJson.text(n, "attachedBy"), AnchorJson.instant(n, "attachedAt"), AnchorJson.text(n, "txId"));
    }
}
