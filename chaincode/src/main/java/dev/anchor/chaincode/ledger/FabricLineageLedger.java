package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.lineage.LineageLedger;
import dev.anchor.chaincode.domain.lineage.TraceStep;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * The batch graph's two indexes in the world state, reached through the transaction's stub. The entry under a link's
 * input also holds its output's current state, which the transaction's {@link FabricBatchLedger} keeps current.
 */
public final class FabricLineageLedger implements LineageLedger {

    private final ChaincodeStub stub;
    private final FabricBatchLedger batches;

    /** {@code batches}: the same transaction's batch ledger, which keeps the copies of output states current. */
    public FabricLineageLedger(ChaincodeStub stub, FabricBatchLedger batches) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.batches = Objects.requireNonNull(batches, "batches");
    }

    /**
     * Two keys, one per direction: the link under its output, and the link with the output's current state under its
     * input (the link alone while the output is not yet written: writing it puts its state there).
     */
    @Override
    public void link(BatchLink link) {
        stub.putState(LedgerKeys.inputLink(link.output(), link.input()), LineageJson.encodeLink(link));
        Batch output = batches.current(link.output()).orElse(null);
        stub.putState(LedgerKeys.outputLink(link.input(), link.output()), LineageJson.encodeOutputLink(link, output));
        batches.linked(link);
    }

    /** One partial-key range over {@code input}+output. */
    @Override
    public List<BatchLink> inputsOf(BatchId batchId) {
        return range(LedgerKeys.inputsOf(batchId), LineageJson::decodeLink);
    }

    /** One partial-key range over {@code output}+input: the links and the copies of their outputs' states. */
    @Override
    public List<TraceStep> outputsOf(BatchId batchId) {
        return range(LedgerKeys.outputsOf(batchId), LineageJson::decodeOutputLink);
    }

    private <T> List<T> range(CompositeKey partialKey, Function<byte[], T> decode) {
        List<T> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(partialKey)) {
            for (KeyValue entry : range) {
                entries.add(decode.apply(entry.getValue()));
            }
        }
        return entries;
    }
}
