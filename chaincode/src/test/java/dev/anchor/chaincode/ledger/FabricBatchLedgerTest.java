package dev.anchor.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class FabricBatchLedgerTest {

    private static final BatchId PEAR = new BatchId("PEAR-001");
    private static final Instant T0 = Instant.parse("2026-11-25T15:01:58.020Z");

    private final ChaincodeStub stub = mock(ChaincodeStub.class);
    private final CanonicalJson json = new CanonicalJson();
    private final FabricBatchLedger ledger = new FabricBatchLedger(stub);

    @Test
    void anAbsentOrEmptyStateIsNoBatch() {
        when(stub.getState(LedgerKeys.batch(PEAR))).thenReturn(null);
        assertThat(ledger.findBatch(PEAR)).isEmpty();

        when(stub.getState(LedgerKeys.batch(PEAR))).thenReturn(new byte[0]);
        assertThat(ledger.findBatch(PEAR)).isEmpty();
    }

    @Test
    void aStoredBatchIsFound() {
        Batch batch = batch();
        when(stub.getState(LedgerKeys.batch(PEAR))).thenReturn(CustodyJson.encodeBatch(batch));

        assertThat(ledger.findBatch(PEAR)).contains(batch);
        verify(stub, never()).putState(anyString(), any());
    }

    @Test
    void recordingPutsTheEventAndTheBatchThenEmitsTheStoredEventBytes() {
        ProvenanceEvent event = event();

        ledger.record(batch(), event);

        ArgumentCaptor<byte[]> stored = ArgumentCaptor.forClass(byte[].class);
        ArgumentCaptor<byte[]> emitted = ArgumentCaptor.forClass(byte[].class);
        InOrder order = inOrder(stub);
        order.verify(stub).putState(eq(LedgerKeys.event(PEAR, 1)), stored.capture());
        order.verify(stub).putState(eq(LedgerKeys.batch(PEAR)), eq(CustodyJson.encodeBatch(batch())));
        order.verify(stub).setEvent(eq("PRODUCED"), emitted.capture());
        assertThat(emitted.getValue()).isEqualTo(stored.getValue()).isEqualTo(ProvenanceJson.encodeEvent(event));
    }

    @Test
    void theBytesToStoreAreTheKeysAndValuesThatStoringPuts() {
        when(stub.getState(LedgerKeys.batch(PEAR))).thenReturn(CustodyJson.encodeBatch(batch()));
        ProvenanceEvent event = event();

        long predicted = ledger.bytesToStore(batch(), event);
        ledger.store(batch(), event);

        ArgumentCaptor<String> keys = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<byte[]> values = ArgumentCaptor.forClass(byte[].class);
        verify(stub, times(2)).putState(keys.capture(), values.capture());
        long written = 0;
        for (int i = 0; i < keys.getAllValues().size(); i++) {
            written += keys.getAllValues().get(i).getBytes(StandardCharsets.UTF_8).length + values.getAllValues().get(i).length;
        }
        assertThat(predicted).isEqualTo(written).isGreaterThan(CustodyJson.encodeBatch(batch()).length);
    }

    private static ProvenanceEvent event() {
        return new ProvenanceEvent("ManufacturerMSP", PEAR, EventDetails.of(Map.of("unit", "kg")), "b".repeat(64),
                HashChain.GENESIS, 1, T0, "tx1", EventType.PRODUCED, null);
    }

    private static Batch batch() {
        return new Batch(PEAR, "ManufacturerMSP", 1, new Gtin("09506000134352"), "b".repeat(64), null, null, T0,
                "ManufacturerMSP", "Conference pears", Quantity.parse("12.5"), "Orchard Lane", "kg");
    }
}
