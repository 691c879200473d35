package dev.anchor.benchmark;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.model.lineage.TraceNode;
import dev.anchor.client.lineage.TransformationRecord;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The graph the trace round reads: a root batch ({@code BENCH-TRACE-<width>}) made into {@code width} batches, each
 * made into {@code width} more, by {@code TransformBatches} (one unit of the input each), kept on the ledger between
 * runs. What is missing is built: the root's children one after the other (they all consume the root), then the
 * grandchildren of every child in parallel. 10,100 transactions for width 100: minutes, once per ledger.
 */
final class WideGraph {
    private static final String GTIN = "09506000134369";
    private static final int BUILDERS = 16;

    private final Participants participants;
    private final int width;
    private final PrintStream out;
    private final CatchUp catchUp = new CatchUp();

    WideGraph(Participants participants, int width, PrintStream out) {
        this.participants = participants;
        this.width = width;
        this.out = out;
    }

    /** @return the root's id for this width */
    String root() {
        return "BENCH-TRACE-" + width;
    }

    /** @return how many batches a trace forward from the root answers: the root and its descendants */
    int size() {
        return 1 + width + width * width;
    }

    /** Makes sure the whole graph is on the ledger; returns the root's id. */
    String ensure() {
        AnchorClient manufacturer = participants.as(Organization.MANUFACTURER);
        Set<String> present = existing();
        if (present.size() == size()) {
            return root();
        }
        long start = System.nanoTime();
        out.printf(Locale.ROOT, "[trace] building the graph under %s: %d of %d batches are there%n", root(),
                present.size(), size());
        if (!present.contains(root())) {
            manufacturer.recordProduction(record(root(), width));
        }
        AtomicLong made = new AtomicLong(present.size());
        List<String> children = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String child = root() + "-" + i;
            children.add(child);
            if (!present.contains(child)) {
                make(manufacturer, root(), child, width);
                made.incrementAndGet();
            }
        }
        ExecutorService builders = Executors.newFixedThreadPool(BUILDERS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String child : children) {
                work.add(builders.submit(() -> {
                    for (int j = 0; j < width; j++) {
                        String grandchild = child + "-" + j;
                        if (!present.contains(grandchild)) {
                            make(manufacturer, child, grandchild, 1);
                            long count = made.incrementAndGet();
                            if (count % 1000 == 0) {
                                out.printf(Locale.ROOT, "[trace] %d of %d batches (%.0f s)%n", count, size(),
                                        (System.nanoTime() - start) / 1e9);
                            }
                        }
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while building the trace graph");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new BenchmarkException("cannot build the trace graph: " + e.getCause());
        } finally {
            builders.shutdownNow();
        }
        out.printf(Locale.ROOT, "[trace] graph ready: %d batches (%.0f s, %d retries)%n", size(),
                (System.nanoTime() - start) / 1e9, catchUp.retries());
        return root();
    }

    /** The batches of the graph already on the ledger, from one trace forward (none when the root is missing). */
    private Set<String> existing() {
        try {
            TraceGraph graph = participants.as(Organization.AUDITOR).traceForward(root());
            return graph.nodes().stream().map(TraceNode::batchId).collect(Collectors.toSet());
        } catch (AnchorException e) {
            if (e.errorCode() == ErrorCode.BATCH_NOT_FOUND) {
                return Set.of();
            }
            throw e;
        }
    }

    /**
     * One transformation of one unit of {@code input} into {@code output}; tried again while the root's quantity
     * was read at an old version (parallel consumers) or a peer is behind. A retry whose first try did commit finds
     * the output there.
     */
    private void make(AnchorClient manufacturer, String input, String output, int quantity) {
        try {
            catchUp.call(() -> manufacturer.transform(new TransformationRecord(
                    List.of(new Consumption(input, BigDecimal.ONE)), record(output, quantity))),
                    ErrorCode.COMMIT_FAILED, ErrorCode.BATCH_NOT_FOUND, ErrorCode.NOT_CUSTODIAN);
        } catch (AnchorException e) {
            if (e.errorCode() != ErrorCode.BATCH_EXISTS) {
                throw e;
            }
        }
    }

    private static ProductionRecord record(String id, int quantity) {
        return new ProductionRecord(id, GTIN, "Pear purée", BigDecimal.valueOf(quantity), "kg", "Press house");
    }
}
