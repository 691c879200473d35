package dev.anchor.client.gateway;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.model.custody.PendingHandoff;
import dev.anchor.client.custody.UnitReceipt;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Transaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Logistic units, inventory and inbox pages: what the client sends and how it reads the answers. */
class UnitsAndPagesTest {
    private static final String SSCC = "106141411234567897";
    private static final String UNIT = "{\"batches\":[\"PEAR-001\",\"PEAR-002\"],\"custodian\":\"ManufacturerMSP\","
            + "\"packedAt\":\"2026-11-25T15:01:58.020Z\",\"packedBy\":\"ManufacturerMSP\",\"pendingHandoff\":{\"from\":"
            + "\"ManufacturerMSP\",\"initiatedAt\":\"2026-11-25T15:02:00Z\",\"to\":\"DistributorMSP\",\"txId\":\"t9\"},"
            + "\"sscc\":\"" + SSCC + "\"}";
    private static final String BATCH = "{\"batchId\":\"PEAR-001\",\"custodian\":\"ManufacturerMSP\",\"eventCount\":2,"
            + "\"packedIn\":\"" + SSCC + "\",\"quantity\":12.5,\"unit\":\"kg\",\"productName\":\"Pears\"}";

    private Contract contract;
    private Proposal.Builder builder;
    private Transaction transaction;
    private GatewayAnchorClient client;

    @BeforeEach
    void setUp() throws Exception {
        MockedContract mocked = new MockedContract(UNIT);
        contract = mocked.contract;
        builder = mocked.builder;
        transaction = mocked.transaction;
        client = new GatewayAnchorClient(contract, null, mocked.requests, Organization.MANUFACTURER, "127.0.0.1:7051", null,
                dev.anchor.client.request.RetryPolicy.DEFAULT, dev.anchor.client.request.SubmitListener.NONE, d -> { });
    }

    @Test
    void packingSendsTheBatchIdsSeparatedByCommasAndReadsTheUnit() {
        UnitReceipt receipt = client.packUnit(SSCC, List.of("PEAR-001", "PEAR-002"));

        verify(contract).newProposal("PackUnit");
        verify(builder).addArguments(SSCC, "PEAR-001,PEAR-002");
        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        LogisticUnit unit = receipt.unit();
        assertThat(unit.sscc()).isEqualTo(SSCC);
        assertThat(unit.id()).isEqualTo(SSCC);
        assertThat(unit.batchIds()).containsExactly("PEAR-001", "PEAR-002");
        assertThat(unit.isHeldBy(Organization.MANUFACTURER)).isTrue();
        assertThat(unit.pendingHandoff()).map(PendingHandoff::to).contains("DistributorMSP");
        assertThat(unit.packedAt()).hasToString("2026-11-25T15:01:58.020Z");
    }

    @Test
    void unitHandoffsUseTheHandoffTransactionsWithTheSscc() {
        client.initiateUnitHandoff(SSCC, Organization.DISTRIBUTOR);
        verify(contract).newProposal("InitiateHandoff");
        verify(builder).addArguments(SSCC, "DistributorMSP");
        client.acceptUnitHandoff(SSCC);
        verify(contract).newProposal("AcceptHandoff");
        client.rejectUnitHandoff(SSCC, "torn wrap");
        verify(builder).addArguments(SSCC, "torn wrap");
    }

    @Test
    void anSsccIsNotABatchAndABatchIdIsNotAnSscc() {
        AnchorException asBatch = catchThrowableOfType(AnchorException.class,
                () -> client.initiateHandoff(SSCC, Organization.DISTRIBUTOR));
        assertThat(asBatch.errorCode()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(asBatch.getMessage()).contains("initiateUnitHandoff");

        AnchorException asUnit = catchThrowableOfType(AnchorException.class, () -> client.acceptUnitHandoff("PEAR-001"));
        assertThat(asUnit.errorCode()).isEqualTo(ErrorCode.INVALID_SSCC);
        verify(contract, never()).newProposal(anyString());
    }

    @Test
    void aPageListsBatchesAndUnitsAndItsBookmark() throws Exception {
        when(contract.evaluateTransaction("GetInventory", "2", "")).thenReturn(("{\"bookmark\":\"AGhvbGQ\",\"items\":["
                + "{\"batch\":" + BATCH + "},{\"unit\":" + UNIT + "},{\"crate\":{}}]}").getBytes(StandardCharsets.UTF_8));

        Page<Holding> page = client.inventory(2, null);

        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0)).isInstanceOfSatisfying(Batch.class, b -> {
            assertThat(b.batchId()).isEqualTo("PEAR-001");
            assertThat(b.packedIn()).contains(SSCC);
        });
        assertThat(page.items().get(1)).isInstanceOf(LogisticUnit.class);
        assertThat(page.bookmark()).contains("AGhvbGQ");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void theLastPageHasNoBookmark() throws Exception {
        when(contract.evaluateTransaction("GetInbox", "50", "AGhvbGQ"))
                .thenReturn("{\"items\":[]}".getBytes(StandardCharsets.UTF_8));

        Page<Holding> page = client.inbox(50, "AGhvbGQ");

        assertThat(page.items()).isEmpty();
        assertThat(page.bookmark()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void aLooseBatchIsPackedInNothing() {
        assertThat(Batch.fromJson("{\"batchId\":\"B\"}").packedIn()).isEmpty();
    }
}
