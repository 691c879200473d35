package dev.anchor.cli.batch;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.BatchesRefusedException;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.ProductionsReceipt;
import dev.anchor.client.custody.RefusedBatch;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The ledger as {@code batch import} sees it: {@code recordProductions} under a request id, all or none, a second
 * call with a committed request id answered with its first commit (as the SDK does), and a crash after a given number
 * of commits (the network gone, the commit made or not).
 */
final class ImportingLedger {
    /** The batches on the ledger, by id. */
    final Map<String, ProductionRecord> batches = new LinkedHashMap<>();
    /** Commits by request id. */
    final Map<String, ProductionsReceipt> requests = new LinkedHashMap<>();
    /** Every call, by request id, in order. */
    final List<String> calls = new ArrayList<>();
    /** Batch ids the chaincode refuses with INVALID_INPUT (e.g. a GTIN it finds wrong). */
    final Set<String> refusedIds = new TreeSet<>();
    /** After this many commits every call fails as if the network were gone; negative: never. */
    int commitsBeforeCrash = -1;
    private int transactions;

    AnchorClient client() {
        AnchorClient client = mock(AnchorClient.class);
        when(client.organization()).thenReturn(Organization.MANUFACTURER);
        when(client.withRequestId(anyString())).thenAnswer(call -> {
            String requestId = call.getArgument(0);
            AnchorClient view = mock(AnchorClient.class);
            when(view.recordProductions(anyList())).thenAnswer(c -> record(requestId, c.getArgument(0)));
            return view;
        });
        return client;
    }

    private synchronized ProductionsReceipt record(String requestId, List<ProductionRecord> records) {
        calls.add(requestId);
        if (commitsBeforeCrash >= 0 && requests.size() >= commitsBeforeCrash) {
            throw new NetworkUnavailableException("peer 127.0.0.1:7051 is unavailable (connection refused)", null, null);
        }
        ProductionsReceipt first = requests.get(requestId);
        if (first != null) {
            return first;
        }
        List<RefusedBatch> refused = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String id = records.get(i).batchId();
            if (batches.containsKey(id)) {
                refused.add(new RefusedBatch(i, id, ErrorCode.BATCH_EXISTS, "batch " + id + " already exists"));
            } else if (refusedIds.contains(id)) {
                refused.add(new RefusedBatch(i, id, ErrorCode.INVALID_INPUT, "gtin has a wrong check digit"));
            }
        }
        if (!refused.isEmpty()) {
            throw new BatchesRefusedException(refused.size() + " of " + records.size() + " batches refused, nothing "
                    + "written", refused, "tx-refused", null);
        }
        records.forEach(r -> batches.put(r.batchId(), r));
        ProductionsReceipt receipt = new ProductionsReceipt("tx-" + ++transactions,
                records.stream().map(ProductionRecord::batchId).toList());
        requests.put(requestId, receipt);
        return receipt;
    }
}
