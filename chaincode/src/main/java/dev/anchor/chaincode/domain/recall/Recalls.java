package dev.anchor.chaincode.domain.recall;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.custody.BatchRecall;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.custody.CustodyRules;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.lineage.BatchGraph;
import dev.anchor.chaincode.domain.lineage.LineageLedger;
import dev.anchor.chaincode.domain.lineage.TraceDirection;
import dev.anchor.chaincode.domain.lineage.TraceGraph;
import dev.anchor.chaincode.domain.lineage.TraceNode;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.FreeText;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Members;
import dev.anchor.chaincode.domain.shared.Organization;
import dev.anchor.chaincode.domain.shared.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recalling a batch: its producer (or the auditor) recalls it with a reason, and the recall reaches every
 * descendant in the same transaction, each getting a {@code RECALLED} event and its {@code recall}. A recalled
 * batch is never handed off or transformed again ({@link ErrorCode#RECALLED}). Each custodian acknowledges the
 * recall of the batches it holds; the report lists them all.
 *
 * <p>A descendant already under an earlier recall keeps that recall (it is blocked already) and gets no new event.
 */
public final class Recalls {

    private static final int MAX_REASON = 500;
    /**
     * At most this many bytes of keys and values in one recall's write set: the orderer refuses a transaction above
     * 10 MB ({@code AbsoluteMaxBytes}), which also holds the read set, the endorsements and the envelope.
     */
    static final long MAX_RECALL_BYTES = 8L * 1024 * 1024;

    private final BatchRecords records;
    private final BatchGraph graph;
    private final Members members;

    public Recalls(BatchLedger ledger, LineageLedger lineage, HashChain hashChain, Members members) {
        this.members = Objects.requireNonNull(members, "members");
        this.records = new BatchRecords(ledger, hashChain);
        this.graph = new BatchGraph(records, Objects.requireNonNull(lineage, "lineage"));
    }

    /**
     * Recalls the batch and its descendants; answers the batch. Checks: role (an organisation of the channel),
     * arguments, existence, producer or auditor ({@link ErrorCode#NOT_PRODUCER}), not recalled yet, and the size
     * of the graph ({@link ErrorCode#TRACE_TOO_LARGE}).
     */
    public Batch recall(Submission submission, String batchId, String reason) {
        String caller = submission.callerMspId();
        if (members.find(caller).isEmpty()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE, BatchRecords.describe(caller)
                    + " may not recall a batch; only its producer or " + Organization.AUDITOR.mspId() + " may");
        }
        BatchId id = new BatchId(batchId);
        String why = FreeText.require("reason", reason, MAX_REASON);
        Batch batch = records.existing(id);
        if (!batch.producer().equals(caller) && !Organization.AUDITOR.mspId().equals(caller)) {
            throw new Refusal(ErrorCode.NOT_PRODUCER, "batch " + id + " was produced by " + batch.producer()
                    + "; only its producer or " + Organization.AUDITOR.mspId() + " may recall it, not " + caller);
        }
        if (batch.recalled().isPresent()) {
            throw new Refusal(ErrorCode.RECALLED, "batch " + id + " is already recalled: " + Refusal.quoted(batch.recall().reason()));
        }

        TraceGraph reached = graph.walk(id, TraceDirection.FORWARD, BatchGraph.MAX_RECALL_NODES);
        BatchRecall recall = new BatchRecall(id, why, caller, submission.timestamp(), submission.txId(), null, null);
        List<Batch> recalledBatches = new ArrayList<>();
        List<ProvenanceEvent> recallEvents = new ArrayList<>();
        long bytes = 0;
        for (TraceNode node : reached.nodes()) {
            Batch affected = node.batch();
            if (affected.recalled().isPresent()) {
                continue;
            }
            ProvenanceEvent recalled = records.append(affected, submission, EventType.RECALLED,
                    EventDetails.recall(id, why));
            Batch after = affected.afterRecall(recalled, recall);
            recalledBatches.add(after);
            recallEvents.add(recalled);
            bytes += records.ledger().bytesToStore(after, recalled);
        }
        if (bytes > MAX_RECALL_BYTES) {
            throw new Refusal(ErrorCode.TRACE_TOO_LARGE, "the recall of batch " + id + " would write " + bytes
                    + " bytes for " + recalledBatches.size() + " batches in one transaction, more than "
                    + MAX_RECALL_BYTES + " (the orderer accepts at most 10 MB); a shorter reason makes each batch's "
                    + "share smaller, or recall the affected descendants separately");
        }
        for (int i = 0; i < recalledBatches.size(); i++) {
            records.ledger().store(recalledBatches.get(i), recallEvents.get(i));
        }
        Batch recalledRoot = recalledBatches.get(0);
        ProvenanceEvent rootEvent = recallEvents.get(0);
        records.ledger().announce(rootEvent);
        return recalledRoot;
    }

    /** The custodian of a recalled batch acknowledges its recall; answers the batch. */
    public Batch acknowledge(Submission submission, String batchId) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "acknowledge a recall");
        Batch batch = records.existing(new BatchId(batchId));
        BatchRecords.requireCustodian(batch, caller);
        BatchRecall recall = recallOf(batch);
        if (recall.acknowledged()) {
            throw new Refusal(ErrorCode.ALREADY_ACKNOWLEDGED, "the recall of batch " + batch.batchId()
                    + " was acknowledged by " + recall.acknowledgedBy() + " at " + recall.acknowledgedAt());
        }
        ProvenanceEvent acknowledged = records.append(batch, submission, EventType.RECALL_ACKNOWLEDGED,
                EventDetails.recallAcknowledgement(recall.recallOf()));
        Batch after = batch.afterRecall(acknowledged, recall.acknowledgedBy(caller, submission.timestamp()));
        records.ledger().record(after, acknowledged);
        return after;
    }

    /** The recalled batch and every batch the recall reached, with custodians and acknowledgements. */
    public RecallReport report(String batchId) {
        BatchId id = new BatchId(batchId);
        BatchRecall recall = recallOf(records.existing(id));
        return new RecallReport(recall, graph.walk(id, TraceDirection.FORWARD, BatchGraph.MAX_TRACE_NODES));
    }

    private static BatchRecall recallOf(Batch batch) {
        return batch.recalled().orElseThrow(() -> new Refusal(ErrorCode.NOT_RECALLED,
                "batch " + batch.batchId() + " is not recalled"));
    }
}
