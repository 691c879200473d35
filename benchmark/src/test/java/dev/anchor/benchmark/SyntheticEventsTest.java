package dev.anchor.benchmark;

import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticEventsTest {

    @Test
    void eachGroupOfEightEventsHasEachStepOnce() {
        for (long from : new long[] {0, 8, 16_000, 999_992}) {
            Set<String> steps = LongStream.range(from, from + 8).mapToObj(SyntheticEvents::stepOf).collect(Collectors.toSet());
            assertThat(steps).containsExactlyInAnyOrderElementsOf(SyntheticEvents.STEPS);
        }
    }

    @Test
    void aBlockHoldsConsecutiveEventsThirtySecondsApartInTransactionsOfAHundred() {
        CommittedEpcisBlock block = SyntheticEvents.block(3, 3_000, 1_000);

        assertThat(block.blockNumber()).isEqualTo(3);
        assertThat(block.events()).hasSize(1_000);
        CommittedEpcisEvent first = block.events().get(0);
        CommittedEpcisEvent last = block.events().get(999);
        assertThat(Instant.parse(first.record().at("/event/eventTime").asText()))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3_000 * 30));
        assertThat(Instant.parse(last.record().at("/event/eventTime").asText()))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3_999L * 30));
        assertThat(first.transactionIndex()).isZero();
        assertThat(last.transactionIndex()).isEqualTo(9);
        assertThat(first.record().at("/event/bizStep").asText()).isEqualTo(SyntheticEvents.stepOf(3_000));
        assertThat(first.eventId()).isEqualTo(first.record().path("eventId").asText()).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2.0");
        Set<String> ids = new HashSet<>();
        block.events().forEach(event -> ids.add(event.eventId()));
        assertThat(ids).hasSize(1_000);
    }
}
