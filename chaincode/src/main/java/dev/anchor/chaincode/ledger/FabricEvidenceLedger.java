package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.evidence.Evidence;
import dev.anchor.chaincode.domain.evidence.EvidenceLedger;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Sha256;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Evidence records in the world state, one key each, reached through the transaction's stub. */
public final class FabricEvidenceLedger implements EvidenceLedger {

    private final ChaincodeStub stub;

    public FabricEvidenceLedger(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    @Override
    public Optional<Evidence> findEvidence(BatchId batchId, Sha256 sha256) {
        byte[] state = stub.getState(LedgerKeys.evidence(batchId, sha256));
        return state == null || state.length == 0 ? Optional.empty() : Optional.of(EvidenceJson.decodeEvidence(state));
    }

    @Override
    public void putEvidence(Evidence evidence) {
        stub.putState(LedgerKeys.evidence(evidence.batchId(), evidence.sha256()), EvidenceJson.encodeEvidence(evidence));
    }
}
