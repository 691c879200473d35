package dev.anchor.chaincode.domain.evidence;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Sha256;
import java.util.Optional;

/** Where evidence records are kept: one key per batch and document hash. */
public interface EvidenceLedger {

    Optional<Evidence> findEvidence(BatchId batchId, Sha256 sha256);

    void putEvidence(Evidence evidence);
}
