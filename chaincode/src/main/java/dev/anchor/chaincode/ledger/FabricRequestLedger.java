package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.request.RequestLedger;
import dev.anchor.chaincode.domain.request.RequestRecord;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Request records in the world state (written before issue 16), one key per organisation and request id. */
public final class FabricRequestLedger implements RequestLedger {

    private final ChaincodeStub stub;

    public FabricRequestLedger(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    @Override
    public Optional<RequestRecord> findRequest(String callerMspId, RequestId requestId) {
        byte[] state = stub.getState(LedgerKeys.request(callerMspId, requestId));
        return state == null || state.length == 0 ? Optional.empty() : Optional.of(RequestJson.decodeRequest(state));
    }
}
