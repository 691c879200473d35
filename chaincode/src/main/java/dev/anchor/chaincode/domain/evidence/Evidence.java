package dev.anchor.chaincode.domain.evidence;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Sha256;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An off-chain document attached to a batch: its SHA-256, media type, size in bytes and an optional locator (URI);
 * who attached it (MSP ID) and when (transaction timestamp), in which transaction. The document stays off-chain.
 */
public record Evidence(BatchId batchId, Sha256 sha256, String mediaType, long size, String uri, String attachedBy,
        Instant attachedAt, String txId) {

    public Evidence {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(attachedBy, "attachedBy");
        Objects.requireNonNull(attachedAt, "attachedAt");
        Objects.requireNonNull(txId, "txId");
    }

    public Optional<String> locator() {
        return Optional.ofNullable(uri);
    }
}
