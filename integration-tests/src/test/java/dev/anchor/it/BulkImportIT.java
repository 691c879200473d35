package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.client.BatchesRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.ProductionsReceipt;
import dev.anchor.client.custody.RefusedBatch;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.model.vocabulary.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.it.CliRunner.anchor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bulk recording on the real network: {@code anchor batch import} of a CSV file, run again after a run that
 * stopped part-way (the file's first chunks imported alone, as a crash after their commits leaves them; and
 * {@code ./anchor} killed with SIGKILL after its first commit), records the rest and nothing twice; every batch's provenance, hash chain and proof are those of a single
 * RecordProduction; a chunk with a refused row writes nothing of itself; the SDK's BATCHES_REFUSED names every one of
 * a thousand refused batches through the real gateway.
 */
class BulkImportIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static final String HEADER = "batchId,gtin,productName,quantity,unit,site\n";
    private static final String GTIN = "09506000134352";

    @TempDir
    Path dir;

    private static List<String> ids(String purpose, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(TestNetwork.uniqueBatchId(purpose));
        }
        return ids;
    }

    private Path csv(String name, List<String> ids, String badId) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            // 09506000134353: a wrong check digit, which only the chaincode checks.
            csv.append(id).append(',').append(id.equals(badId) ? "09506000134353" : GTIN)
                    .append(",\"Conference pears, class I\",").append(100 + i).append(".5,kg,Orchard Lane\n");
        }
        return Files.writeString(dir.resolve(name), csv.toString());
    }

    private static List<String> transactionIds(JsonNode summary) {
        List<String> ids = new ArrayList<>();
        summary.get("transactions").forEach(t -> ids.add(t.path("transactionId").asText(null)));
        return ids;
    }

    @Test
    void rerunningAnImportThatStoppedPartWayRecordsTheRestAndNothingTwice() throws Exception {
        List<String> ids = ids("bulk", 30);
        Path firstTwenty = csv("first-twenty.csv", ids.subList(0, 20), null);
        Path all = csv("shift.csv", ids, null);

        CliRunner.Run stopped = anchor("--org", "manufacturer", "batch", "import", firstTwenty.toString(),
                "--per-tx", "10", "--json");
        assertThat(stopped.exitCode()).as(stopped.err()).isZero();
        CliRunner.Run resumed = CliRunner.settled(network, "--org", "manufacturer", "batch", "import", all.toString(),
                "--per-tx", "10", "--json");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        CliRunner.Run again = CliRunner.settled(network, "--org", "manufacturer", "batch", "import", all.toString(),
                "--per-tx", "10", "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();

        // The rerun got the first two chunks' first commits back, and committed only the third.
        List<String> first = transactionIds(stopped.json());
        List<String> second = transactionIds(resumed.json());
        assertThat(second).hasSize(3).doesNotContainNull().startsWith(first.toArray(String[]::new));
        assertThat(second.get(2)).isNotIn(first);
        assertThat(transactionIds(again.json())).isEqualTo(second);
        assertThat(resumed.json().get("recorded").asInt()).isEqualTo(30);

        network.settle();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Batch batch = network.as(AUDITOR).getBatch(id);
            Provenance provenance = network.as(AUDITOR).getProvenance(id);
            assertThat(batch.eventCount()).as(id).isEqualTo(1);
            assertThat(batch.quantity()).isEqualByComparingTo(new BigDecimal(100 + i + ".5"));
            assertThat(batch.productName()).isEqualTo("Conference pears, class I");
            assertThat(provenance.events()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.PRODUCED);
                assertThat(e.transactionId()).isEqualTo(second.get(ids.indexOf(id) / 10));
            });
            assertThat(provenance.verify(batch).intact()).as(id).isTrue();
        }

        // Trace, proof and EPCIS see a batch of a bulk transaction as any other.
        String last = ids.get(29);
        CliRunner.Run trace = anchor("--org", "auditor", "trace", last, "--proof", dir.resolve("p.json").toString());
        assertThat(trace.exitCode()).as(trace.err()).isZero();
        CliRunner.Run verified = anchor("verify-proof", dir.resolve("p.json").toString());
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(network.as(AUDITOR).exportEpcis(last).path("epcisBody").path("eventList")).hasSize(1);
    }

    @Test
    void anImportKilledMidwayAndRunAgainRecordsEveryBatchOnceOneTransactionPerChunk() throws Exception {
        List<String> ids = ids("bulk-killed", 200);
        Path file = csv("killed.csv", ids, null);
        Path home = TestNetwork.anchorHome();
        Process process = new ProcessBuilder(home.resolve("anchor").toString(), "--org", "manufacturer", "batch",
                "import", file.toString(), "--per-tx", "10", "--in-flight", "1").directory(home.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Kill it (SIGKILL: ./anchor execs java) once its first chunk has committed, mid-way through 20 chunks.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!exists(ids.get(9)) && System.nanoTime() < deadline && process.isAlive()) {
                Thread.onSpinWait();
            }
            assertThat(process.isAlive()).as("the import was still running when its first chunk had committed").isTrue();
        } finally {
            process.destroyForcibly().waitFor();
        }
        assertThat(exists(ids.get(199))).as("the last chunk was not sent before the kill").isFalse();

        CliRunner.Run rerun = CliRunner.settled(network, "--org", "manufacturer", "batch", "import", file.toString(),
                "--per-tx", "10", "--in-flight", "1");

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("Recorded 200 of 200 batches");
        network.settle();
        for (int chunk = 0; chunk < 20; chunk++) {
            List<String> transactions = new ArrayList<>();
            for (String id : ids.subList(chunk * 10, chunk * 10 + 10)) {
                Provenance provenance = network.as(AUDITOR).getProvenance(id);
                assertThat(provenance.events()).as(id).singleElement()
                        .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.PRODUCED));
                transactions.add(provenance.events().get(0).transactionId());
            }
            assertThat(transactions).as("chunk %d in one transaction", chunk).containsOnly(transactions.get(0));
        }
    }

    private static boolean exists(String batchId) {
        try {
            network.as(MANUFACTURER).getBatch(batchId);
            return true;
        } catch (AnchorException e) {
            if (e.errorCode() != ErrorCode.BATCH_NOT_FOUND) {
                throw e;
            }
            return false;
        }
    }

    @Test
    void aChunkWithARefusedRowWritesNothingOfItselfAndTheOthersAreRecorded() throws Exception {
        List<String> ids = ids("bulk-refused", 15);
        Path file = csv("refused.csv", ids, ids.get(7));

        CliRunner.Run run = anchor("--org", "manufacturer", "batch", "import", file.toString(), "--per-tx", "5");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 9: " + ids.get(7) + ": INVALID_INPUT: ")
                .contains("error: BATCHES_REFUSED: 5 of 15 batches not recorded");
        assertThat(run.out()).contains("Recorded 10 of 15 batches").contains("Not recorded: lines 7-11 (5 batches)");
        network.settle();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (i >= 5 && i < 10) {
                assertThatThrownBy(() -> network.as(AUDITOR).getBatch(id)).as(id)
                        .isInstanceOfSatisfying(AnchorException.class,
                                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND));
            } else {
                assertThat(network.as(AUDITOR).getBatch(id).eventCount()).as(id).isEqualTo(1);
            }
        }
    }

    @Test
    void aThousandBatchesInOneTransactionAndAThousandRefusalsNamedThroughTheGateway() {
        List<ProductionRecord> records = new ArrayList<>();
        for (String id : ids("bulk-max", 1000)) {
            records.add(new ProductionRecord(id, GTIN, "Conference pears", new BigDecimal("40"), "kg", "Orchard Lane"));
        }

        ProductionsReceipt receipt = network.as(MANUFACTURER).withRequestId("it-" + UUID.randomUUID())
                .recordProductions(records);
        assertThat(receipt.batchIds()).hasSize(1000);
        network.settle();

        BatchesRefusedException refused = catchThrowableOfType(BatchesRefusedException.class,
                () -> network.as(MANUFACTURER).recordProductions(records));
        assertThat(refused.refusedBatches()).hasSize(1000).allSatisfy(b ->
                assertThat(b.errorCode()).isEqualTo(ErrorCode.BATCH_EXISTS));
        assertThat(refused.refusedBatches().get(999)).isEqualTo(new RefusedBatch(999, records.get(999).batchId(),
                ErrorCode.BATCH_EXISTS, "batch " + records.get(999).batchId() + " already exists"));

        List<ProductionRecord> tooMany = new ArrayList<>(records);
        tooMany.add(records.get(0));
        assertThatThrownBy(() -> network.as(MANUFACTURER).recordProductions(tooMany))
                .isInstanceOfSatisfying(AnchorException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("at most 1000 batches per transaction, not 1001");
                });
    }
}
