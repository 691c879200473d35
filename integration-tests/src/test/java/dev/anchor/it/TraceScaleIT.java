package dev.anchor.it;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.client.lineage.TransformationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Measures traces of a wide graph on the real network (docs/data-model.md, "Limits"): one pear batch made into 100
 * batches, each made into 100 more, so that a trace forward from the pear batch answers 10,101 batches. Building the
 * graph takes 10,100 transactions (minutes), so it runs only when asked:
 * {@code mvn -pl integration-tests -am verify -Dit.test=TraceScaleIT -Danchor.it.scale=true}.
 */
@EnabledIfSystemProperty(named = "anchor.it.scale", matches = "true")
class TraceScaleIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static final int WIDTH = 100;
    private static final int THREADS = 25;

    private static ProductionRecord output(String id) {
        return new ProductionRecord(id, "09506000134369", "Pear purée", new BigDecimal("1000"), "kg", "Press house");
    }

    /**
     * One transformation, tried again when the endorsing peers disagreed: right after a commit one of them may not
     * have the new block yet ("ProposalResponsePayloads do not match"). A retry whose first try did commit finds
     * the output existing.
     */
    private static void transform(AnchorClient client, String input, String output) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.transform(new TransformationRecord(List.of(new Consumption(input, BigDecimal.ONE)), output(output)));
                return;
            } catch (AnchorException e) {
                if (attempt > 1 && e.errorCode() == ErrorCode.BATCH_EXISTS) {
                    return;
                }
                if (attempt == 5 || e.errorCode().isChaincodeRefusal()) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Test
    void aTraceForwardOfTenThousandBatches() throws Exception {
        AnchorClient manufacturer = network.as(MANUFACTURER);
        AnchorClient auditor = network.as(AUDITOR);
        String root = TestNetwork.uniqueBatchId("wide");
        manufacturer.recordProduction(new ProductionRecord(root, "09506000134352", "Conference pears",
                new BigDecimal("1000000"), "kg", "Orchard Lane"));
        long start = System.nanoTime();
        List<String> children = new ArrayList<>();
        for (int i = 0; i < WIDTH; i++) {
            String child = root + "-" + i;
            transform(manufacturer, root, child);
            children.add(child);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (String child : children) {
            work.add(pool.submit(() -> {
                for (int j = 0; j < WIDTH; j++) {
                    transform(manufacturer, child, child + "-" + j);
                }
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        report("built %d batches in %.1f s", WIDTH * WIDTH + WIDTH + 1, seconds(start));

        for (int round = 1; round <= 3; round++) {
            long traced = System.nanoTime();
            TraceGraph forward = auditor.traceForward(root);
            report("trace forward, round %d: %d batches, %d links, %d bytes of JSON in %.2f s", round,
                    forward.nodes().size(), forward.edges().size(),
                    forward.json().getBytes(StandardCharsets.UTF_8).length, seconds(traced));
            assertThat(forward.nodes()).hasSize(WIDTH * WIDTH + WIDTH + 1);
        }
        long back = System.nanoTime();
        TraceGraph ancestors = auditor.traceBack(children.get(7) + "-7");
        report("trace back from a leaf: %d batches in %.2f s", ancestors.nodes().size(), seconds(back));
        assertThat(ancestors.nodes()).hasSize(3);

        long recalled = System.nanoTime();
        manufacturer.recall(children.get(3), "Scale test: one branch");
        report("recall of one branch (%d batches) committed in %.2f s", WIDTH + 1, seconds(recalled));

        long refused = System.nanoTime();
        TransactionRefusedException tooLarge = catchThrowableOfType(TransactionRefusedException.class,
                () -> manufacturer.recall(root, "Scale test: everything"));
        report("recall of all %d batches refused with %s in %.2f s", WIDTH * WIDTH + WIDTH + 1, tooLarge.errorCode(),
                seconds(refused));
        assertThat(tooLarge.errorCode()).isEqualTo(ErrorCode.TRACE_TOO_LARGE);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.println("[trace-scale] " + String.format(format, args));
    }
}
