package dev.anchor.it;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
import org.hyperledger.fabric.client.EndorseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Exactly-once writes on the real network, kept by Fabric's duplicate transaction id check (the request id derives
 * the transaction id): a request id sent twice writes once and answers the first commit; the same id for another
 * request is REQUEST_ID_REUSED; a retry after a lost commit status gets the first attempt's receipt; two submissions
 * racing with one id commit one; organisations have their own ids.
 */
class IdempotencyIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static ProductionRecord pears(String batchId) {
        return new ProductionRecord(batchId, "09506000134352", "Conference pears", new BigDecimal("40"), "kg",
                "Orchard Lane");
    }

    private static String requestId() {
        return "it-" + UUID.randomUUID();
    }

    /** The batch has exactly one production event and as many events as its state says. */
    private static void producedOnce(String batchId, int events) {
        network.settle();
        Batch batch = network.as(AUDITOR).getBatch(batchId);
        assertThat(batch.eventCount()).isEqualTo(events);
        assertThat(network.as(AUDITOR).getProvenance(batchId).events())
                .filteredOn(e -> e.type() == EventType.PRODUCED).hasSize(1);
    }

    @Test
    void theSameRequestTwiceWritesOnceAndAnswersTheFirstCommit() throws Exception {
        String id = TestNetwork.uniqueBatchId("same-request");
        String requestId = requestId();

        Receipt first = network.as(MANUFACTURER).withRequestId(requestId).recordProduction(pears(id));
        Receipt second = network.as(MANUFACTURER).withRequestId(requestId).recordProduction(pears(id));

        assertThat(second.transactionId()).isEqualTo(first.transactionId());
        assertThat(second.batch()).isEqualTo(first.batch());
        producedOnce(id, 1);

        // The transaction id is the request id's: SHA-256 of its nonce and the caller's identity, 64 hex digits.
        assertThat(first.transactionId()).matches("[0-9a-f]{64}");
        // A raw fabric-gateway client draws a random nonce: the chaincode refuses its request id, nothing written.
        try (RawGateway raw = new RawGateway(network.descriptor().connectionOptions(MANUFACTURER))) {
            EndorseException refused = catchThrowableOfType(EndorseException.class, () -> raw.contract()
                    .newProposal("RecordProduction").addArguments(id, "09506000134352", "Conference pears", "40", "kg",
                            "Orchard Lane").putTransient("requestId", requestId).build().endorse());
            assertThat(refused.getDetails()).anySatisfy(d -> assertThat(d.getMessage())
                    .contains("INVALID_INPUT: ").contains("does not derive transaction id"));
        }
        producedOnce(id, 1);
    }

    @Test
    void anIdUsedAgainForAnotherRequestIsRefusedAndWritesNothing() {
        String id = TestNetwork.uniqueBatchId("reused-id");
        String other = TestNetwork.uniqueBatchId("reused-id-other");
        String requestId = requestId();
        Receipt first = network.as(MANUFACTURER).withRequestId(requestId).recordProduction(pears(id));

        AnchorException refused = catchThrowableOfType(AnchorException.class,
                () -> network.as(MANUFACTURER).withRequestId(requestId).recordProduction(pears(other)));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.REQUEST_ID_REUSED);
        assertThat(refused.getMessage()).contains(first.transactionId()).contains("RecordProduction");
        network.settle();
        assertThat(catchThrowableOfType(AnchorException.class, () -> network.as(AUDITOR).getBatch(other)).errorCode())
                .isEqualTo(ErrorCode.BATCH_NOT_FOUND);
        producedOnce(id, 1);
    }

    @Test
    void aRetriedHandoffStepGetsItsOwnFirstCommitNotARefusal() {
        String id = TestNetwork.uniqueBatchId("retried-accept");
        network.as(MANUFACTURER).recordProduction(pears(id));
        network.settle();
        network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        network.settle();
        String requestId = requestId();

        Receipt accepted = network.as(DISTRIBUTOR).withRequestId(requestId).acceptHandoff(id);
        Receipt again = network.as(DISTRIBUTOR).withRequestId(requestId).acceptHandoff(id);

        assertThat(again.transactionId()).isEqualTo(accepted.transactionId());
        assertThat(again.batch().custodian()).isEqualTo(DISTRIBUTOR.mspId());
        producedOnce(id, 3);
        // Another request, the same step: the business rule answers.
        assertThat(catchThrowableOfType(AnchorException.class, () -> network.as(DISTRIBUTOR).acceptHandoff(id))
                .errorCode()).isEqualTo(ErrorCode.NO_PENDING_HANDOFF);
    }

    @Test
    void aRetryAfterALostCommitStatusReturnsTheFirstAttemptsReceipt() {
        String id = TestNetwork.uniqueBatchId("lost-status");
        List<String> retried = new CopyOnWriteArrayList<>();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        // A commit status deadline of 1 ms: every attempt's commit status is lost, though the transaction commits.
        try (AnchorClient impatient = Anchor.connect(network.descriptor().connectionOptions(MANUFACTURER).toBuilder()
                .commitStatusTimeout(Duration.ofMillis(1))
                .retryPolicy(RetryPolicy.builder().maxAttempts(30).initialDelay(Duration.ofMillis(200))
                        .maxDelay(Duration.ofSeconds(1)).build())
                .submitListener(new SubmitListener() {
                    @Override
                    public void retrying(String function, String requestId, int failedAttempt, AnchorException failure,
                                         Duration pause) {
                        retried.add(failure.transactionId().orElseThrow());
                    }

                    @Override
                    public void duplicate(String function, String requestId, String firstTransactionId) {
                        duplicates.add(firstTransactionId);
                    }
                }).build())) {

            Receipt receipt = impatient.recordProduction(pears(id));

            assertThat(retried).as("attempts whose commit status was lost").isNotEmpty();
            assertThat(duplicates).containsExactly(receipt.transactionId());
            assertThat(receipt.transactionId()).isEqualTo(retried.get(0));
            assertThat(receipt.batch().batchId()).isEqualTo(id);
        }
        producedOnce(id, 1);
    }

    @Test
    void twoSubmissionsRacingWithOneRequestIdCommitOnce() throws Exception {
        String id = TestNetwork.uniqueBatchId("racing-request");
        String requestId = requestId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (AnchorClient one = network.descriptor().connect(MANUFACTURER);
             AnchorClient two = network.descriptor().connect(MANUFACTURER)) {
            Future<Receipt> a = pool.submit(() -> one.withRequestId(requestId).recordProduction(pears(id)));
            Future<Receipt> b = pool.submit(() -> two.withRequestId(requestId).recordProduction(pears(id)));

            assertThat(b.get().transactionId()).isEqualTo(a.get().transactionId());
        } finally {
            pool.shutdownNow();
        }
        producedOnce(id, 1);
    }

    @Test
    void anotherOrganisationsRequestIdDoesNotBlockMine() {
        String requestId = requestId();
        String id = TestNetwork.uniqueBatchId("shared-request-id");
        network.as(MANUFACTURER).withRequestId(requestId).recordProduction(pears(id));
        network.settle();
        network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        network.settle();

        Receipt accepted = network.as(DISTRIBUTOR).withRequestId(requestId).acceptHandoff(id);

        assertThat(accepted.batch().custodian()).isEqualTo(DISTRIBUTOR.mspId());
        producedOnce(id, 3);
    }
}
