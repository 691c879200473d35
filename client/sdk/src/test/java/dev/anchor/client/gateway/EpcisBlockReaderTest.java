package dev.anchor.client.gateway;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.anchor.client.gateway.TestBlocks.block;
import static dev.anchor.client.gateway.TestBlocks.delete;
import static dev.anchor.client.gateway.TestBlocks.namespace;
import static dev.anchor.client.gateway.TestBlocks.recordKey;
import static dev.anchor.client.gateway.TestBlocks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EpcisBlockReaderTest {
    private static final String SHIPPED = "ni:///sha-256;aaaa?ver=CBV2.0";
    private static final String RECEIVED = "ni:///sha-256;bbbb?ver=CBV2.0";
    private static final String PACKED = "ni:///sha-256;cccc?ver=CBV2.0";

    private static String record(String eventId, String txId) {
        return "{\"capturedAt\":\"2026-12-03T10:00:00Z\",\"capturedBy\":\"ManufacturerMSP\",\"context\":[],"
                + "\"event\":{\"type\":\"ObjectEvent\"},\"eventId\":\"" + eventId + "\",\"txId\":\"" + txId + "\"}";
    }

    @Test
    void theRecordsOfValidTransactionsComeInLedgerOrderWithWhereTheyCommitted() {
        Block b = block(42)
                .transaction("tx-a", "anchor", TxValidationCode.VALID,
                        write(recordKey(SHIPPED), record(SHIPPED, "tx-a")),
                        write("\u0000epcis-time\u00002026-12-03T10:00:00.000Z\u0000" + SHIPPED + "\u0000", "{}"),
                        write("\u0000epcis-bizstep\u0000shipping\u00002026\u0000" + SHIPPED + "\u0000", "{}"),
                        write(recordKey(RECEIVED), record(RECEIVED, "tx-a")))
                .transaction("tx-b", "anchor", TxValidationCode.VALID,
                        write("\u0000batch\u0000PEAR-001\u0000", "{\"batchId\":\"PEAR-001\"}"),
                        write(recordKey(PACKED), record(PACKED, "tx-b")))
                .build();

        CommittedEpcisBlock read = EpcisBlockReader.read(b, "anchor");

        assertThat(read.blockNumber()).isEqualTo(42);
        assertThat(read.events()).extracting(CommittedEpcisEvent::eventId).containsExactly(SHIPPED, RECEIVED, PACKED);
        assertThat(read.events()).extracting(CommittedEpcisEvent::transactionId).containsExactly("tx-a", "tx-a", "tx-b");
        assertThat(read.events()).extracting(CommittedEpcisEvent::transactionIndex).containsExactly(0, 0, 1);
        assertThat(read.events()).extracting(CommittedEpcisEvent::blockNumber).containsOnly(42L);
        CommittedEpcisEvent first = read.events().get(0);
        assertThat(first.record().get("capturedBy").asText()).isEqualTo("ManufacturerMSP");
        assertThat(first.record().get("event").get("type").asText()).isEqualTo("ObjectEvent");
        assertThat(first.record().get("eventId").asText()).isEqualTo(SHIPPED);
    }

    @Test
    void invalidTransactionsDeletesAndOtherNamespacesContributeNothing() {
        Block b = block(7)
                .transaction("conflicted", "anchor", TxValidationCode.MVCC_READ_CONFLICT,
                        write(recordKey(SHIPPED), record(SHIPPED, "conflicted")))
                .transactionOfActions("malformed", 2, TxValidationCode.BAD_PAYLOAD)
                .transaction("other", "othercc", TxValidationCode.VALID,
                        write(recordKey(RECEIVED), record(RECEIVED, "other")))
                .transaction("mixed", "anchor", TxValidationCode.VALID, List.of(
                        namespace("anchor", delete(recordKey(RECEIVED)), write(recordKey(PACKED), record(PACKED, "mixed"))),
                        namespace("lscc", write(recordKey(SHIPPED), record(SHIPPED, "mixed")))))
                .build();

        CommittedEpcisBlock read = EpcisBlockReader.read(b, "anchor");

        assertThat(read.events()).extracting(CommittedEpcisEvent::eventId).containsExactly(PACKED);
        assertThat(read.events().get(0).transactionIndex()).isEqualTo(3);
    }

    @Test
    void aBlockWithoutEpcisWritesIsDeliveredEmpty() {
        assertThat(EpcisBlockReader.read(block(0).configuration().build(), "anchor"))
                .isEqualTo(new CommittedEpcisBlock(0, List.of()));
        assertThat(EpcisBlockReader.read(block(3).transaction("tx", "anchor", TxValidationCode.VALID,
                write("\u0000batch\u0000PEAR-001\u0000", "{}")).build(), "anchor").events()).isEmpty();
    }

    @Test
    void anUnreadableRecordIsAnErrorNamingItsBlockAndTransaction() {
        Block b = block(9).transaction("tx-bad", "anchor", TxValidationCode.VALID,
                write(recordKey(SHIPPED), "not json")).build();

        AnchorException e = catchThrowableOfType(() -> EpcisBlockReader.read(b, "anchor"), AnchorException.class);

        assertThat(e.errorCode()).isEqualTo(ErrorCode.UNEXPECTED);
        assertThat(e.getMessage()).contains("block 9", "tx-bad", SHIPPED);
        assertThat(e.transactionId()).contains("tx-bad");
    }

    @Test
    void aValidTransactionThatCannotBeReadIsAnErrorNamingItsBlock() {
        Block b = block(11).transactionOfActions("tx-two", 2, TxValidationCode.VALID).build();

        AnchorException e = catchThrowableOfType(() -> EpcisBlockReader.read(b, "anchor"), AnchorException.class);

        assertThat(e.errorCode()).isEqualTo(ErrorCode.UNEXPECTED);
        assertThat(e.getMessage()).contains("block 11", "tx-two", "2 actions");
    }
}
