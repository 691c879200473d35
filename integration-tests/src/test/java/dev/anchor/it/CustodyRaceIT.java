package dev.anchor.it;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two parties racing on one batch, each from its own connection and sent at the same moment: exactly one
 * wins, the other gets a coded error (a business refusal, or {@code COMMIT_FAILED} with
 * {@code MVCC_READ_CONFLICT} when both were endorsed before either committed), and the batch's state and
 * hash chain stay whole. Repeated, because which of the two outcomes the loser sees depends on timing.
 */
class CustodyRaceIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    /** Second connections, as a second clerk of the same organisation would have. */
    private static AnchorClient secondDistributor;
    private static AnchorClient secondManufacturer;

    @BeforeAll
    static void connectSecondClerks() {
        secondDistributor = network.descriptor().connect(DISTRIBUTOR);
        secondManufacturer = network.descriptor().connect(MANUFACTURER);
    }

    @AfterAll
    static void closeSecondClerks() {
        secondDistributor.close();
        secondManufacturer.close();
    }

    /** What one racer got: its receipt, or its error. */
    private record Outcome(Receipt receipt, AnchorException error) {
        boolean won() {
            return receipt != null;
        }
    }

    private static String producedBatch(String purpose) {
        String id = TestNetwork.uniqueBatchId(purpose);
        network.as(MANUFACTURER).recordProduction(new ProductionRecord(id, "09506000134352", "Conference pears",
                new BigDecimal("40"), "kg", "Orchard Lane"));
        network.settle(); // a race endorsed on a peer a block behind would test its lag, not the race
        return id;
    }

    /** Runs both calls at once and returns their outcomes, in the order given. */
    @SafeVarargs
    private static List<Outcome> race(Function<Void, Receipt>... racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Function<Void, Receipt> racer : racers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return new Outcome(racer.apply(null), null);
                    } catch (AnchorException e) {
                        return new Outcome(null, e);
                    }
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one winner; the loser's error is coded, carries its transaction, and is one of {@code allowed}. */
    private static Outcome winner(List<Outcome> outcomes, ErrorCode... allowed) {
        assertThat(outcomes).filteredOn(Outcome::won).as("exactly one winner").hasSize(1);
        Outcome loser = outcomes.stream().filter(o -> !o.won()).findFirst().orElseThrow();
        AnchorException error = loser.error();
        assertThat(error.errorCode()).as("the loser's code (%s)", error.getMessage()).isIn((Object[]) allowed);
        assertThat(error.transactionId()).as("the loser's transaction id").isPresent();
        if (error instanceof CommitFailedException commitFailed) {
            assertThat(commitFailed.validationCode()).isEqualTo("MVCC_READ_CONFLICT");
        }
        return outcomes.stream().filter(Outcome::won).findFirst().orElseThrow();
    }

    /** The batch as the auditor reads it, with its provenance checked against it. */
    private static Provenance wholeProvenance(String batchId, Batch expected) {
        // The commit was reported by the winner's own peer; the auditor's peer may commit that block a moment later.
        network.settle();
        Batch batch = network.as(AUDITOR).getBatch(batchId);
        assertThat(batch).isEqualTo(expected);
        Provenance provenance = network.as(AUDITOR).getProvenance(batchId);
        assertThat(provenance.verify(batch).intact()).as("hash chain of %s", batchId).isTrue();
        return provenance;
    }

    private static long count(Provenance provenance, EventType type) {
        return provenance.events().stream().map(ProvenanceEvent::type).filter(type::equals).count();
    }

    @RepeatedTest(3)
    void twoAcceptsOfOneHandoff() throws Exception {
        String id = producedBatch("race-accepts");
        network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        network.settle(); // a race endorsed on a peer a block behind would test its lag, not the race

        Outcome won = winner(race(
                        v -> network.as(DISTRIBUTOR).acceptHandoff(id),
                        v -> secondDistributor.acceptHandoff(id)),
                ErrorCode.COMMIT_FAILED, ErrorCode.NO_PENDING_HANDOFF);

        assertThat(won.receipt().batch().custodian()).isEqualTo(DISTRIBUTOR.mspId());
        Provenance provenance = wholeProvenance(id, won.receipt().batch());
        assertThat(count(provenance, EventType.HANDOFF_ACCEPTED)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void acceptAgainstReject() throws Exception {
        String id = producedBatch("race-accept-reject");
        network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        network.settle(); // a race endorsed on a peer a block behind would test its lag, not the race

        Outcome won = winner(race(
                        v -> network.as(DISTRIBUTOR).acceptHandoff(id),
                        v -> secondDistributor.rejectHandoff(id, "damaged on arrival")),
                ErrorCode.COMMIT_FAILED, ErrorCode.NO_PENDING_HANDOFF);

        Batch batch = won.receipt().batch();
        assertThat(batch.pendingHandoff()).isEmpty();
        Provenance provenance = wholeProvenance(id, batch);
        assertThat(count(provenance, EventType.HANDOFF_ACCEPTED) + count(provenance, EventType.HANDOFF_REJECTED))
                .as("one decision on the handoff").isEqualTo(1);
        Organization expectedCustodian = count(provenance, EventType.HANDOFF_ACCEPTED) == 1 ? DISTRIBUTOR : MANUFACTURER;
        assertThat(batch.custodian()).isEqualTo(expectedCustodian.mspId());
    }

    @RepeatedTest(3)
    void twoHandoffsOfOneBatch() throws Exception {
        String id = producedBatch("race-handoffs");

        Outcome won = winner(race(
                        v -> network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR),
                        v -> secondManufacturer.initiateHandoff(id, RETAILER)),
                ErrorCode.COMMIT_FAILED, ErrorCode.HANDOFF_PENDING);

        Batch batch = won.receipt().batch();
        assertThat(batch.pendingHandoff()).isPresent();
        Provenance provenance = wholeProvenance(id, batch);
        assertThat(count(provenance, EventType.HANDOFF_INITIATED)).isEqualTo(1);
    }
}
