package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.PendingHandoff;
import dev.anchor.chaincode.domain.unit.LogisticUnit;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Keeps the {@code holding} and {@code inbox} indexes in step with batch and unit states. Every write
 * of a batch or unit goes through here with the state before and after, so the indexes follow every
 * custody change (production, handoffs, packing, and any later use case that records a batch) without
 * each use case having to remember them. A batch packed in a unit has no inbox entry of its own: the
 * unit's entry stands for it.
 */
final class CustodyIndexes {

    /** Index entries point by their key; the value only has to be non-empty (an empty value is a delete). */
    private static final byte[] ENTRY = {0};

    private final ChaincodeStub stub;

    CustodyIndexes(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    /** {@code before} is null for a new batch. */
    void batchChanged(Batch before, Batch after) {
        String id = after.batchId().value();
        move(before == null ? null : LedgerKeys.holding(before.custodian(), LedgerKeys.KIND_BATCH, id),
                LedgerKeys.holding(after.custodian(), LedgerKeys.KIND_BATCH, id));
        move(batchOffer(before), batchOffer(after));
    }

    /** {@code before} is null for a new unit, {@code after} for a removed one. */
    void unitChanged(LogisticUnit before, LogisticUnit after) {
        LogisticUnit any = after != null ? after : before;
        String id = any.sscc().value();
        move(before == null ? null : LedgerKeys.holding(before.custodian(), LedgerKeys.KIND_UNIT, id),
                after == null ? null : LedgerKeys.holding(after.custodian(), LedgerKeys.KIND_UNIT, id));
        move(offer(before == null ? null : before.pendingHandoff(), LedgerKeys.KIND_UNIT, id),
                offer(after == null ? null : after.pendingHandoff(), LedgerKeys.KIND_UNIT, id));
    }

    private static String batchOffer(Batch batch) {
        if (batch == null || batch.packed().isPresent()) {
            return null;
        }
        return offer(batch.pendingHandoff(), LedgerKeys.KIND_BATCH, batch.batchId().value());
    }

    private static String offer(PendingHandoff pending, String kind, String id) {
        return pending == null ? null : LedgerKeys.inbox(pending.to(), kind, id);
    }

    private void move(String from, String to) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            stub.delState(from);
        }
        if (to != null) {
            stub.putState(to, ENTRY.clone());
        }
    }
}
