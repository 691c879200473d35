package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.cli.AnchorCli;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.client.events.EventCheckpoint;
import dev.anchor.model.vocabulary.EventType;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live events on the real network: a watcher stopped after K events and restarted with its checkpoint continues
 * with the next event, losing none and repeating none; through the SDK and through {@code anchor watch}.
 */
class WatchIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    /** Records a batch with a plain gateway, to learn the block it committed in. */
    private static long markerBlock(List<String> transactions) throws Exception {
        try (RawGateway raw = new RawGateway(network.descriptor().connectionOptions(MANUFACTURER))) {
            SubmittedTransaction tx = raw.contract().newProposal("RecordProduction")
                    .addArguments(TestNetwork.uniqueBatchId("watch"), "09506000134352", "Pears", "1", "kg", "Lane")
                    .build().endorse().submitAsync();
            Status status = tx.getStatus();
            assertThat(status.isSuccessful()).isTrue();
            transactions.add(tx.getTransactionId());
            return status.getBlockNumber();
        }
    }

    private static void produce(int count, List<String> transactions) {
        for (int i = 0; i < count; i++) {
            transactions.add(network.as(MANUFACTURER).recordProduction(new ProductionRecord(
                    TestNetwork.uniqueBatchId("watch"), "09506000134352", "Pears", BigDecimal.ONE, "kg", "Lane"))
                    .transactionId());
        }
    }

    /** Reads events until {@code stopAfterMine} of {@code mine} were seen; saves each event; returns all seen. */
    private static List<AnchorEvent> read(AnchorEventStream events, EventCheckpoint checkpoint, List<String> mine,
                                          int stopAfterMine) {
        List<AnchorEvent> seen = new ArrayList<>();
        int found = 0;
        while (found < stopAfterMine && events.hasNext()) {
            AnchorEvent event = events.next();
            seen.add(event);
            checkpoint.save(event);
            if (mine.contains(event.transactionId())) {
                found++;
            }
        }
        return seen;
    }

    private static List<String> ids(List<AnchorEvent> events) {
        return events.stream().map(e -> e.blockNumber() + "/" + e.transactionId()).toList();
    }

    @Test
    void theSdkStreamResumesFromItsCheckpointWithoutLossOrRepeat(@TempDir Path dir) throws Exception {
        List<String> mine = new ArrayList<>();
        long first = markerBlock(mine);
        produce(4, mine);
        Path file = dir.resolve("sdk.checkpoint");

        List<AnchorEvent> before;
        try (EventCheckpoint checkpoint = EventCheckpoint.file(file);
             AnchorEventStream events = network.as(AUDITOR).watchEvents(OptionalLong.of(first), checkpoint)) {
            before = read(events, checkpoint, mine, 3);
        }
        produce(3, mine);
        List<AnchorEvent> after;
        try (EventCheckpoint checkpoint = EventCheckpoint.file(file);
             AnchorEventStream events = network.as(AUDITOR).watchEvents(OptionalLong.of(first), checkpoint)) {
            assertThat(checkpoint.transactionId()).contains(before.get(before.size() - 1).transactionId());
            after = read(events, checkpoint, mine, 5);
        }

        List<String> seenMine = new ArrayList<>();
        for (AnchorEvent event : before) {
            if (mine.contains(event.transactionId())) {
                seenMine.add(event.transactionId());
            }
        }
        for (AnchorEvent event : after) {
            if (mine.contains(event.transactionId())) {
                seenMine.add(event.transactionId());
            }
        }
        assertThat(seenMine).containsExactlyElementsOf(mine);
        Set<String> overlap = new HashSet<>(ids(before));
        overlap.retainAll(ids(after));
        assertThat(overlap).as("events seen before and after the restart").isEmpty();
        AnchorEvent produced = after.stream().filter(e -> mine.contains(e.transactionId())).findFirst().orElseThrow();
        assertThat(produced.type()).isEqualTo(EventType.PRODUCED);
        assertThat(produced.events()).singleElement().satisfies(e -> {
            assertThat(e.transactionId()).isEqualTo(produced.transactionId());
            assertThat(e.type()).isEqualTo(EventType.PRODUCED);
        });
    }

    private static List<JsonNode> watch(String... args) throws Exception {
        CommandLine cli = AnchorCli.commandLine(TestNetwork.anchorHome());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> command = new ArrayList<>(List.of("--org", "retailer", "watch", "--json"));
        command.addAll(List.of(args));
        assertThat(cli.execute(command.toArray(String[]::new))).as(err.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void anchorWatchContinuesWhereTheLastRunStopped(@TempDir Path dir) throws Exception {
        List<String> mine = new ArrayList<>();
        long first = markerBlock(mine);
        produce(3, mine);
        String checkpoint = dir.resolve("cli.checkpoint").toString();

        List<JsonNode> firstRun = watch("--from-block", Long.toString(first), "--checkpoint", checkpoint, "--limit", "2");
        produce(2, mine);
        List<JsonNode> secondRun = watch("--from-block", Long.toString(first), "--checkpoint", checkpoint, "--limit", "4");
        assertThat(firstRun).hasSize(2);
        assertThat(secondRun).hasSize(4);

        // What a watcher that never stopped sees from the same block: the two runs together must be exactly that.
        List<String> uninterrupted = new ArrayList<>();
        try (AnchorEventStream events = network.as(AUDITOR).watchEvents(OptionalLong.of(first), EventCheckpoint.inMemory())) {
            while (uninterrupted.size() < 6 && events.hasNext()) {
                AnchorEvent event = events.next();
                uninterrupted.add(event.blockNumber() + "/" + event.transactionId());
            }
        }
        List<String> resumed = new ArrayList<>();
        for (JsonNode line : firstRun) {
            resumed.add(line.path("blockNumber").asLong() + "/" + line.path("transactionId").asText());
        }
        for (JsonNode line : secondRun) {
            resumed.add(line.path("blockNumber").asLong() + "/" + line.path("transactionId").asText());
        }
        assertThat(resumed).containsExactlyElementsOf(uninterrupted).doesNotHaveDuplicates();
        assertThat(firstRun.get(0).path("transactionId").asText()).isEqualTo(mine.get(0));
        assertThat(firstRun.get(0).path("eventName").asText()).isEqualTo("PRODUCED");
        assertThat(firstRun.get(0).path("payload").path("type").asText()).isEqualTo("PRODUCED");
    }
}
