package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.shared.Members;
import dev.anchor.chaincode.domain.shared.Organization;
import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.recall.Recalls;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The size limits of traces and recalls, on an in-memory ledger with one batch made into many. */
class GraphLimitsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T15:01:58.020Z");
    private static final Members FOUNDERS = mspId -> Organization.ofMspId(mspId).map(Organization::member);
    private static final HashChain CHAIN = new HashChain(event -> event.toString().getBytes(StandardCharsets.UTF_8));

    private final MemoryLedger ledger = new MemoryLedger();

    /** A root batch with {@code children} outputs, each made of one kilogram of it (so all of it is consumed). */
    private void fanOut(int children) {
        ledger.put(new Batch(new BatchId("ROOT"), "ManufacturerMSP", 1 + children, new Gtin("09506000134352"),
                "a".repeat(64), null, null, T0, "ManufacturerMSP", "Pears", Quantity.parse(String.valueOf(children)),
                "Orchard", "kg", BigDecimal.ZERO, null));
        for (int i = 0; i < children; i++) {
            BatchId child = new BatchId("CHILD-" + i);
            ledger.put(batch(child.value()));
            ledger.link(new BatchLink(new BatchId("ROOT"), child, Quantity.parse("1"), "kg", "tx"));
        }
    }

    @Test
    void aTraceOfAtMostTheLimitIsAnsweredAndOneMoreIsRefused() {
        fanOut(5);
        BatchGraph graph = new BatchGraph(new BatchRecords(ledger, CHAIN), ledger);

        assertThat(graph.walk(new BatchId("ROOT"), TraceDirection.FORWARD, 6).nodes()).hasSize(6);
        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> graph.walk(new BatchId("ROOT"), TraceDirection.FORWARD, 5));
        assertThat(refusal.code()).isEqualTo(ErrorCode.TRACE_TOO_LARGE);
        assertThat(refusal.reason()).isEqualTo("the graph of batch ROOT reaches more than 5 batches");
    }

    @Test
    void aFanOutOfTenThousandIsTraced() {
        fanOut(10_000);

        TraceGraph graph = new Tracing(ledger, ledger, CHAIN).forward("ROOT");

        assertThat(graph.nodes()).hasSize(10_001);
        assertThat(graph.edges()).hasSize(10_000);
    }

    @Test
    void aRecallBeyondItsLimitIsRefusedBeforeWritingAnything() {
        fanOut(BatchGraph.MAX_RECALL_NODES);
        Submission submission = new Submission("ManufacturerMSP", "tx-recall", T0, null, "quality");

        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> new Recalls(ledger, ledger, CHAIN, FOUNDERS).recall(submission, "ROOT", "Listeria"));

        assertThat(refusal.code()).isEqualTo(ErrorCode.TRACE_TOO_LARGE);
        assertThat(ledger.writes).isZero();
    }

    @Test
    void aRecallWithinItsLimitReachesEveryDescendant() {
        fanOut(BatchGraph.MAX_RECALL_NODES - 1);
        Submission submission = new Submission("ManufacturerMSP", "tx-recall", T0, null, "quality");

        new Recalls(ledger, ledger, CHAIN, FOUNDERS).recall(submission, "ROOT", "Listeria");

        assertThat(ledger.writes).isEqualTo(BatchGraph.MAX_RECALL_NODES);
        assertThat(ledger.findBatch(new BatchId("CHILD-0")).orElseThrow().recalled()).isPresent();
    }

    @Test
    void aRecallWhoseWriteSetWouldPassTheByteLimitIsRefusedBeforeWritingAnything() {
        fanOut(999);
        ledger.bytesPerBatch = 8_400;
        Submission submission = new Submission("ManufacturerMSP", "tx-recall", T0, null, "quality");

        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> new Recalls(ledger, ledger, CHAIN, FOUNDERS).recall(submission, "ROOT", "Listeria"));

        assertThat(refusal.code()).isEqualTo(ErrorCode.TRACE_TOO_LARGE);
        assertThat(refusal.reason()).isEqualTo("the recall of batch ROOT would write 8400000 bytes for 1000 batches in "
                + "one transaction, more than 8388608 (the orderer accepts at most 10 MB); a shorter reason makes each "
                + "batch's share smaller, or recall the affected descendants separately");
        assertThat(ledger.writes).isZero();
    }

    @Test
    void aRecallJustWithinTheByteLimitIsWritten() {
        fanOut(998);
        ledger.bytesPerBatch = 8_388;

        new Recalls(ledger, ledger, CHAIN, FOUNDERS).recall(new Submission("ManufacturerMSP", "tx-recall", T0, null, "quality"), "ROOT", "Listeria");

        assertThat(ledger.writes).isEqualTo(999);
    }

    private static Batch batch(String id) {
        return new Batch(new BatchId(id), "ManufacturerMSP", 1, new Gtin("09506000134352"), "a".repeat(64), null, null, T0,
                "ManufacturerMSP", "Pears", Quantity.parse("10"), "Orchard", "kg");
    }

    /** Batches and links in maps; counts the batches stored. */
    private static final class MemoryLedger implements BatchLedger, LineageLedger {
        private final Map<BatchId, Batch> batches = new HashMap<>();
        private final Map<BatchId, List<BatchLink>> inputs = new HashMap<>();
        private final Map<BatchId, List<BatchLink>> outputs = new HashMap<>();
        int writes;

        void put(Batch batch) {
            batches.put(batch.batchId(), batch);
        }

        @Override
        public Optional<Batch> findBatch(BatchId batchId) {
            return Optional.ofNullable(batches.get(batchId));
        }

        @Override
        public List<ProvenanceEvent> provenanceOf(BatchId batchId) {
            return List.of();
        }

        @Override
        public void store(Batch batch, ProvenanceEvent event) {
            writes++;
            put(batch);
        }

        @Override
        public void mark(Batch batch) {
            writes++;
            put(batch);
        }

        @Override
        public void announce(ProvenanceEvent event) {
        }

        @Override
        public void announceAll(List<ProvenanceEvent> events) {
        }

        /** What each batch's write costs: small unless a test says otherwise. */
        long bytesPerBatch = 1_000;

        @Override
        public long bytesToStore(Batch batch, ProvenanceEvent event) {
            return bytesPerBatch;
        }

        @Override
        public void link(BatchLink link) {
            inputs.computeIfAbsent(link.output(), id -> new ArrayList<>()).add(link);
            outputs.computeIfAbsent(link.input(), id -> new ArrayList<>()).add(link);
        }

        @Override
        public List<BatchLink> inputsOf(BatchId batchId) {
            return inputs.getOrDefault(batchId, List.of());
        }

        @Override
        public List<TraceStep> outputsOf(BatchId batchId) {
            return outputs.getOrDefault(batchId, List.of()).stream().map(TraceStep::of).toList();
        }
    }
}
