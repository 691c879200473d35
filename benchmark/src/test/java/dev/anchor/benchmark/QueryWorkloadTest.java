package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.EventStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The query round's load and queries on an in-memory H2 store. */
class QueryWorkloadTest {
    private static String memoryStore() {
        return "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void theLoadFillsTheStoreWithTheSyntheticTimelineAndShowsItsProgress() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (EventStore store = EventStores.open(memoryStore())) {
            long stored = new QueryStoreLoad(store, Duration.ZERO, new PrintStream(progress, true, StandardCharsets.UTF_8),
                    "epcis-query").load(2_500);

            assertThat(stored).isEqualTo(3_000);
            assertThat(store.nextBlock()).isEqualTo(3);
            Instant from = SyntheticEvents.timeOf(1_000);
            EventPage page = store.query(EventQuery.parse(Map.of("EQ_bizStep", List.of("shipping"),
                    "GE_eventTime", List.of(from.toString()),
                    "LT_eventTime", List.of(from.plus(Duration.ofHours(1)).toString()))), 100, Optional.empty());
            // 120 events in the hour, one in eight of them shipping
            assertThat(page.events()).hasSize(15).allSatisfy(event ->
                    assertThat(event.event().path("bizStep").asText()).isEqualTo("shipping"));
            assertThat(page.events().stream().map(event -> Instant.parse(event.event().path("eventTime").asText())).toList())
                    .isSorted();
            assertThat(progress.toString(StandardCharsets.UTF_8))
                    .contains("[epcis-query] loading the query store: 3000 of 3000 events");
        }
    }

    @Test
    void aStoreThatHoldsBlocksIsRefused() {
        try (EventStore store = EventStores.open(memoryStore())) {
            store.apply(SyntheticEvents.block(0, 0, 10));

            assertThatThrownBy(() -> new QueryStoreLoad(store, Duration.ZERO, new PrintStream(new ByteArrayOutputStream()),
                    "epcis-query").load(1_000)).isInstanceOf(BenchmarkException.class)
                    .hasMessageContaining("holds 1 blocks already").hasMessageContaining("--store");
        }
    }

    @Test
    void queriesAnswerPagesOfAtMostAHundredOfTheirStepAndReportTheMeanPage() throws Exception {
        EpcisServerLoad load = new EpcisServerLoad(1, 1, 20_000, 10, Optional.of(memoryStore()));
        try (QueryWorkload workload = new QueryWorkload(load, Duration.ofSeconds(30),
                new PrintStream(new ByteArrayOutputStream()))) {
            List<String> notes = workload.prepare(1);
            Operation query = workload.operation(0);
            for (int i = 0; i < 20; i++) {
                query.run(i);
            }

            assertThat(notes).singleElement().asString().contains("20000 synthetic ObjectEvents");
            Map<String, Double> measures = workload.measures();
            assertThat(measures.get("storedEvents")).isEqualTo(20_000.0);
            // the windows (1 h to 7 days) hold 15 to 2,520 events of a step: pages of 15 to 100
            assertThat(measures.get("meanPageEvents")).isBetween(15.0, 100.0);
            assertThat(workload.afterRun()).first().asString().endsWith("events per page on average");
            assertThat(measures).containsKeys("p95Ms1h", "p95Ms6h", "p95Ms1d", "p95Ms7d");
        }
    }
}
