package dev.anchor.it;

import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.provenance.Provenance;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.client.EndorseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every refusal of the chaincode, on the real network: the right code, the transaction id, a readable
 * message, and a ledger that the refused transaction did not change.
 */
class RefusalsIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static ProductionRecord pears(String batchId, String gtin) {
        return new ProductionRecord(batchId, gtin, "Conference pears", new BigDecimal("1200"), "kg", "Orchard Lane");
    }

    private static String producedBatch(String purpose) {
        String id = TestNetwork.uniqueBatchId(purpose);
        network.as(MANUFACTURER).recordProduction(pears(id, "09506000134352"));
        network.settle();
        return id;
    }

    /** What a reader can see of a batch: its state and its whole provenance. */
    private record Snapshot(Batch batch, Provenance provenance) {
        static Snapshot of(String batchId) {
            AnchorClient auditor = network.as(AUDITOR);
            return new Snapshot(auditor.getBatch(batchId), auditor.getProvenance(batchId));
        }
    }

    /** Runs a transaction that must be refused with {@code code}, and checks that the batch did not change. */
    private static TransactionRefusedException refused(ErrorCode code, String batchId, ThrowingCallable call) {
        // the snapshots are read through another organisation's peer, which may be a block behind the last write
        network.settle();
        Snapshot before = Snapshot.of(batchId);
        TransactionRefusedException refusal = catchThrowableOfType(TransactionRefusedException.class, call);
        assertThat(refusal).as("expected a refusal with " + code).isNotNull();
        assertThat(refusal.errorCode()).isEqualTo(code);
        assertThat(refusal.transactionId()).hasValueSatisfying(tx -> assertThat(tx).hasSize(64));
        assertThat(refusal.getMessage()).isNotBlank().doesNotContain(code.name(), "Exception", "\tat ", "status:");
        assertThat(Snapshot.of(batchId)).isEqualTo(before);
        return refusal;
    }

    @Test
    void invalidInput() {
        String id = TestNetwork.uniqueBatchId("bad-gtin");
        TransactionRefusedException refusal = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(MANUFACTURER).recordProduction(pears(id, "09506000134353")));
        assertThat(refusal.errorCode()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refusal.getMessage()).contains("check digit");
        assertThatThrownBy(() -> network.as(AUDITOR).getBatch(id))
                .isInstanceOfSatisfying(TransactionRefusedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND));
    }

    @Test
    void batchExists() {
        String id = producedBatch("twice");
        refused(ErrorCode.BATCH_EXISTS, id,
                () -> network.as(MANUFACTURER).recordProduction(pears(id, "09506000134352")));
    }

    @Test
    void batchNotFound() {
        String id = TestNetwork.uniqueBatchId("missing");
        assertThatThrownBy(() -> network.as(RETAILER).getProvenance(id))
                .isInstanceOfSatisfying(TransactionRefusedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND));
        assertThatThrownBy(() -> network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR))
                .isInstanceOfSatisfying(TransactionRefusedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND));
    }

    @Test
    void forbiddenRole() {
        String id = producedBatch("roles");
        TransactionRefusedException distributorProducing = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(DISTRIBUTOR).recordProduction(pears(TestNetwork.uniqueBatchId("fake"), "09506000134352")));
        assertThat(distributorProducing.errorCode()).isEqualTo(ErrorCode.FORBIDDEN_ROLE);
        refused(ErrorCode.FORBIDDEN_ROLE, id, () -> network.as(AUDITOR).initiateHandoff(id, RETAILER));
        refused(ErrorCode.FORBIDDEN_ROLE, id, () -> network.as(MANUFACTURER).initiateHandoff(id, AUDITOR));
    }

    @Test
    void unknownOrganisation() throws Exception {
        String id = producedBatch("unknown-org");
        Snapshot before = Snapshot.of(id);
        try (RawGateway raw = new RawGateway(network.descriptor().connectionOptions(MANUFACTURER))) {
            EndorseException e = catchThrowableOfType(EndorseException.class,
                    () -> raw.contract().submitTransaction("InitiateHandoff", id, "SmugglerMSP"));
            assertThat(e.getDetails()).anySatisfy(d -> assertThat(d.getMessage()).contains("UNKNOWN_ORG: "));
        }
        assertThat(Snapshot.of(id)).isEqualTo(before);
    }

    @Test
    void notCustodian() {
        String id = producedBatch("not-custodian");
        refused(ErrorCode.NOT_CUSTODIAN, id, () -> network.as(RETAILER).initiateHandoff(id, DISTRIBUTOR));
    }

    @Test
    void handoffPending() {
        String id = producedBatch("pending");
        network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        network.settle(); // the other peers have committed the offer
        refused(ErrorCode.HANDOFF_PENDING, id, () -> network.as(MANUFACTURER).initiateHandoff(id, RETAILER));
    }

    @Test
    void noPendingHandoff() {
        String id = producedBatch("nothing-pending");
        refused(ErrorCode.NO_PENDING_HANDOFF, id, () -> network.as(DISTRIBUTOR).acceptHandoff(id));
        refused(ErrorCode.NO_PENDING_HANDOFF, id, () -> network.as(DISTRIBUTOR).rejectHandoff(id, "not ours"));
    }

    @Test
    void notRecipient() {
        String id = producedBatch("not-recipient");
        network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        refused(ErrorCode.NOT_RECIPIENT, id, () -> network.as(RETAILER).acceptHandoff(id));
        refused(ErrorCode.NOT_RECIPIENT, id, () -> network.as(RETAILER).rejectHandoff(id, "not for us"));
        refused(ErrorCode.NOT_RECIPIENT, id, () -> network.as(MANUFACTURER).acceptHandoff(id));
    }
}
