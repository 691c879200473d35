package dev.anchor.client.gateway;

import dev.anchor.client.BatchesRefusedException;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.ProductionsReceipt;
import dev.anchor.client.custody.RefusedBatch;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
import dev.anchor.model.vocabulary.ErrorCode;
import com.google.rpc.Code;
import org.hyperledger.fabric.client.EndorseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RecordProductionsClientTest {
    private MockedContract mocked;
    private GatewayAnchorClient client;

    private static final List<ProductionRecord> THREE = List.of(
            new ProductionRecord("PEAR-1", "09506000134352", "Conference pears", new BigDecimal("1200.50"), "kg", "Orchard"),
            new ProductionRecord("PEAR-2", "09506000134352", "Conference pears", new BigDecimal("1.2E+3"), "kg", "Orchard"),
            new ProductionRecord("PEAR-3", "0950600013435", "Conference pears", new BigDecimal("5"), "kg", "Orchard"));

    @BeforeEach
    void setUp() throws Exception {
        mocked = new MockedContract("{\"recorded\":[\"PEAR-1\",\"PEAR-2\",\"PEAR-3\"]}");
        client = new GatewayAnchorClient(mocked.contract, null, mocked.requests, Organization.MANUFACTURER, "127.0.0.1:7051",
                mock(AutoCloseable.class), RetryPolicy.DEFAULT, SubmitListener.NONE, pause -> { });
    }

    @Test
    void sendsTheBatchesAsOneCanonicalJsonArrayAndAnswersTheIdsRecorded() {
        ProductionsReceipt receipt = client.recordProductions(THREE);

        verify(mocked.contract).newProposal("RecordProductions");
        verify(mocked.builder).addArguments("["
                + "{\"batchId\":\"PEAR-1\",\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\","
                + "\"quantity\":\"1200.50\",\"site\":\"Orchard\",\"unit\":\"kg\"},"
                + "{\"batchId\":\"PEAR-2\",\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\","
                + "\"quantity\":\"1200\",\"site\":\"Orchard\",\"unit\":\"kg\"},"
                + "{\"batchId\":\"PEAR-3\",\"gtin\":\"0950600013435\",\"productName\":\"Conference pears\","
                + "\"quantity\":\"5\",\"site\":\"Orchard\",\"unit\":\"kg\"}]");
        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        assertThat(receipt.batchIds()).containsExactly("PEAR-1", "PEAR-2", "PEAR-3");
    }

    @Test
    void theWholeChunkCarriesTheBoundRequestId() {
        client.withRequestId("erp-shift-2.chunk-0").recordProductions(THREE);

        verify(mocked.builder).putTransient("requestId",
                "erp-shift-2.chunk-0".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBatchesRefusedNamesEachRefusedBatchWithItsCode() throws Exception {
        when(mocked.proposal.endorse()).thenThrow(new EndorseException("tx-1", GatewayErrorsTest.gatewayError(
                Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                "chaincode response 500, BATCHES_REFUSED: 2 of 3 batches refused, nothing written: "
                        + "[1] PEAR-2 BATCH_EXISTS: batch PEAR-2 already exists; "
                        + "[2] PEAR-3 INVALID_INPUT: gtin must be 14 digits; got \"0950600013435\" (13)")));

        BatchesRefusedException e = catchThrowableOfType(BatchesRefusedException.class,
                () -> client.recordProductions(THREE));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.BATCHES_REFUSED);
        assertThat(e.transactionId()).contains("tx-1");
        assertThat(e.getMessage()).startsWith("2 of 3 batches refused, nothing written: [1] PEAR-2");
        assertThat(e.refusedBatches()).containsExactly(
                new RefusedBatch(1, "PEAR-2", ErrorCode.BATCH_EXISTS, "batch PEAR-2 already exists"),
                new RefusedBatch(2, "PEAR-3", ErrorCode.INVALID_INPUT, "gtin must be 14 digits; got \"0950600013435\" (13)"));
        verify(mocked.transaction, never()).submitAsync();
    }

    @Test
    void textInsideASentenceIsNotTakenForAnEntry() {
        TransactionRefusedException refusal = new TransactionRefusedException(ErrorCode.BATCHES_REFUSED,
                "2 of 3 batches refused, nothing written: [0] PEAR-1 INVALID_INPUT: site \"[2] y BATCH_EXISTS: z\"; "
                        + "[1] PEAR-2 BATCH_EXISTS: batch PEAR-2 already exists", null, null);

        List<RefusedBatch> refused = RefusedBatches.of(refusal, THREE).refusedBatches();

        assertThat(refused).containsExactly(
                new RefusedBatch(0, "PEAR-1", ErrorCode.INVALID_INPUT, "site \"[2] y BATCH_EXISTS: z\""),
                new RefusedBatch(1, "PEAR-2", ErrorCode.BATCH_EXISTS, "batch PEAR-2 already exists"));
    }

    @Test
    void otherRefusalsStayTransactionRefused() throws Exception {
        when(mocked.proposal.endorse()).thenThrow(new EndorseException("tx-1", GatewayErrorsTest.gatewayError(
                Code.ABORTED, "failed to endorse transaction",
                "chaincode response 500, FORBIDDEN_ROLE: DistributorMSP may not record production")));

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.recordProductions(THREE));

        assertThat(e).isNotInstanceOf(BatchesRefusedException.class);
        assertThat(e.errorCode()).isEqualTo(ErrorCode.FORBIDDEN_ROLE);
    }
}
