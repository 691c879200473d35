package dev.anchor.cli.events;

import dev.anchor.cli.CliRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.client.events.EventCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@code anchor watch}: prints each event, saves it in the checkpoint, honours --from-block and --limit. */
class WatchCommandTest {
    private static final String EVENT = "{\"actor\":\"DistributorMSP\",\"batchId\":\"PEAR-001\",\"details\":{\"from\":"
            + "\"ManufacturerMSP\",\"to\":\"DistributorMSP\"},\"hash\":\"h\",\"previousHash\":\"p\",\"seq\":3,"
            + "\"timestamp\":\"2026-11-25T15:01:58.020Z\",\"txId\":\"0123456789abcdef\",\"type\":\"HANDOFF_ACCEPTED\"}";

    private final AnchorClient client = mock(AnchorClient.class);
    private final CliRun cli = new CliRun().client(client);

    private static AnchorEventStream streamOf(AnchorEvent... events) {
        Deque<AnchorEvent> queue = new ArrayDeque<>(List.of(events));
        return new AnchorEventStream() {
            @Override
            public boolean hasNext() {
                return !queue.isEmpty();
            }

            @Override
            public AnchorEvent next() {
                return queue.removeFirst();
            }

            @Override
            public void close() {
                queue.clear();
            }
        };
    }

    private static AnchorEvent event(long block, String tx) {
        return new AnchorEvent(block, tx, "HANDOFF_ACCEPTED", Optional.empty(),
                List.of(dev.anchor.client.provenance.ProvenanceEvent.fromJson(EVENT)), EVENT);
    }

    @Test
    void printsEachEventAndSavesItInTheCheckpoint(@TempDir Path dir) throws Exception {
        when(client.organization()).thenReturn(Organization.AUDITOR);
        when(client.watchEvents(eq(OptionalLong.of(5)), any(EventCheckpoint.class)))
                .thenReturn(streamOf(event(5, "0123456789abcdef"), event(6, "fedcba9876543210")));
        Path checkpoint = dir.resolve("watch.checkpoint");

        CliRun.Result r = cli.run("watch", "--from-block", "5", "--checkpoint", checkpoint.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(
                "block 5  tx 0123456789ab  HANDOFF_ACCEPTED  PEAR-001 #3  by distributor: from manufacturer to "
                        + "distributor; distributor now holds the batch\n"
                        + "block 6  tx fedcba987654  HANDOFF_ACCEPTED  PEAR-001 #3  by distributor: from manufacturer to "
                        + "distributor; distributor now holds the batch\n");
        try (EventCheckpoint saved = EventCheckpoint.file(checkpoint)) {
            assertThat(saved.blockNumber()).hasValue(6);
            assertThat(saved.transactionId()).contains("fedcba9876543210");
        }
    }

    @Test
    void jsonLinesAndALimit() throws Exception {
        when(client.watchEvents(eq(OptionalLong.empty()), any(EventCheckpoint.class)))
                .thenReturn(streamOf(event(5, "t1"), event(6, "t2"), event(7, "t3")));

        CliRun.Result r = cli.run("watch", "--json", "--limit", "2");

        List<String> lines = List.of(r.out().split("\n"));
        assertThat(lines).hasSize(2);
        var first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("blockNumber").asLong()).isEqualTo(5);
        assertThat(first.path("transactionId").asText()).isEqualTo("t1");
        assertThat(first.path("eventName").asText()).isEqualTo("HANDOFF_ACCEPTED");
        assertThat(first.path("payload").path("batchId").asText()).isEqualTo("PEAR-001");
        verify(client).close();
    }
}
