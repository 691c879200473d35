package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Keeps the copy of a batch's state that each link's entry under its input ({@code output}+input+output) holds
 * equal to the batch's state, within one transaction (data-model.md, "Keys"). Whenever a batch made from others
 * ({@link Batch#inputsLinked()}) is written, the entry under each of its inputs is written again with the new state;
 * a batch made from nothing costs no call at all. Its inputs are the links committed under it ({@code input}+batch,
 * one range, read once per transaction and only for a batch that existed before it) and the links this transaction
 * wrote, which the transaction's own reads do not see. A link written after its output's state takes that state
 * ({@link #state}); an output written after its link rewrites the link's entry. So either order ends with the
 * current copy.
 */
final class OutputStateCopies {

    private final ChaincodeStub stub;
    /** The state of each batch written in this transaction, as last written. */
    private final Map<BatchId, Batch> written = new HashMap<>();
    /** The links this transaction wrote, by output, then by input id. */
    private final Map<BatchId, Map<String, BatchLink>> linkedNow = new HashMap<>();
    /** The committed links under each batch read (its inputs), by input id. */
    private final Map<BatchId, List<BatchLink>> committedInputs = new HashMap<>();

    OutputStateCopies(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    /** The batch's state as this transaction last wrote it, if it wrote it. */
    Optional<Batch> state(BatchId batchId) {
        return Optional.ofNullable(written.get(batchId));
    }

    /** Remembers a link this transaction wrote, so that a later write of its output rewrites the link's entry. */
    void linked(BatchLink link) {
        linkedNow.computeIfAbsent(link.output(), id -> new TreeMap<>()).put(link.input().value(), link);
    }

    /**
     * The batch was written ({@code before}: its committed state, null for a new batch): puts its new state into the
     * entry under each of its inputs.
     */
    void written(Batch before, Batch after) {
        written.put(after.batchId(), after);
        for (BatchLink link : inputsOf(before, after)) {
            stub.putState(LedgerKeys.outputLink(link.input(), link.output()), LineageJson.encodeOutputLink(link, after));
        }
    }

    /** How many bytes of keys and values {@link #written} would put in the write set. */
    long bytesToWrite(Batch before, Batch after) {
        long bytes = 0;
        for (BatchLink link : inputsOf(before, after)) {
            bytes += LedgerKeys.outputLink(link.input(), link.output()).getBytes(StandardCharsets.UTF_8).length
                    + LineageJson.encodeOutputLink(link, after).length;
        }
        return bytes;
    }

    /** The links from each input of the batch, by input id: none, without a read, for a batch made from nothing. */
    private Collection<BatchLink> inputsOf(Batch before, Batch after) {
        if (!after.inputsLinked()) {
            return List.of();
        }
        Map<String, BatchLink> inputs = new TreeMap<>();
        if (before != null) {
            committedInputs.computeIfAbsent(after.batchId(), this::readInputs)
                    .forEach(link -> inputs.put(link.input().value(), link));
        }
        inputs.putAll(linkedNow.getOrDefault(after.batchId(), Map.of()));
        return inputs.values();
    }

    /** One partial-key range over {@code input}+batch. */
    private List<BatchLink> readInputs(BatchId batchId) {
        List<BatchLink> links = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(LedgerKeys.inputsOf(batchId))) {
            for (KeyValue entry : range) {
                links.add(LineageJson.decodeLink(entry.getValue()));
            }
        }
        return links;
    }
}
