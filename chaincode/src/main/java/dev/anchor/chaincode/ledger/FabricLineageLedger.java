package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.BatchId;
import dev.anchor.chaincode.domain.BatchLink;
import dev.anchor.chaincode.domain.LineageLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/** The batch graph's two indexes in the world state, reached through the transaction's stub. */
public final class FabricLineageLedger implements LineageLedger {

    private final ChaincodeStub stub;
    private final CanonicalJson json;

    public FabricLineageLedger(ChaincodeStub stub, CanonicalJson json) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Two keys, one per direction, with the same value. */
    @Override
    public void link(BatchLink link) {
        byte[] value = json.encodeLink(link);
        stub.putState(LedgerKeys.inputLink(link.output(), link.input()), value);
        stub.putState(LedgerKeys.outputLink(link.input(), link.output()), value);
    }

    /** One partial-key range over {@code input}+output. */
    @Override
    public List<BatchLink> inputsOf(BatchId batchId) {
        return range(LedgerKeys.inputsOf(batchId));
    }

    /** One partial-key range over {@code output}+input. */
    @Override
    public List<BatchLink> outputsOf(BatchId batchId) {
        return range(LedgerKeys.outputsOf(batchId));
    }

    private List<BatchLink> range(CompositeKey partialKey) {
        List<BatchLink> links = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(partialKey)) {
            for (KeyValue entry : range) {
                links.add(json.decodeLink(entry.getValue()));
            }
        }
        return links;
    }
}
