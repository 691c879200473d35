package dev.anchor.client.events;

import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorEventTest {
    private static final String EVENT = "{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\",\"details\":{\"sscc\":"
            + "\"106141411234567897\"},\"hash\":\"" + "a".repeat(64) + "\",\"previousHash\":\"" + "b".repeat(64)
            + "\",\"seq\":2,\"timestamp\":\"2026-11-25T15:01:58.020Z\",\"txId\":\"t1\",\"type\":\"PACKED\"}";

    @Test
    void aBatchEventCarriesItsProvenanceEvent() {
        AnchorEvent event = AnchorEvent.of(7, "t1", "PACKED", EVENT);

        assertThat(event.type()).isEqualTo(EventType.PACKED);
        assertThat(event.sscc()).isEmpty();
        assertThat(event.events()).singleElement().satisfies(e -> {
            assertThat(e.batchId()).isEqualTo("PEAR-001");
            assertThat(e.seq()).isEqualTo(2);
        });
    }

    @Test
    void aUnitEventCarriesOneProvenanceEventPerBatch() {
        AnchorEvent event = AnchorEvent.of(7, "t1", "PACKED",
                "{\"events\":[" + EVENT + "," + EVENT.replace("PEAR-001", "PEAR-002") + "],\"sscc\":\"106141411234567897\"}");

        assertThat(event.sscc()).contains("106141411234567897");
        assertThat(event.events()).extracting(ProvenanceEvent::batchId).containsExactly("PEAR-001", "PEAR-002");
    }

    @Test
    void anUnreadablePayloadIsKeptWithoutEvents() {
        AnchorEvent event = AnchorEvent.of(7, "t1", "SOMETHING_NEW", "not json");

        assertThat(event.type()).isEqualTo(EventType.UNKNOWN);
        assertThat(event.events()).isEmpty();
        assertThat(event.payload()).isEqualTo("not json");
    }

    @Test
    void aFileCheckpointRemembersTheLastSavedEventAcrossOpenings(@TempDir Path dir) {
        Path file = dir.resolve("events.checkpoint");
        try (EventCheckpoint checkpoint = EventCheckpoint.file(file)) {
            assertThat(checkpoint.blockNumber()).isEmpty();
            checkpoint.save(AnchorEvent.of(7, "t1", "PACKED", EVENT));
            checkpoint.save(AnchorEvent.of(9, "t2", "PACKED", EVENT));
        }
        try (EventCheckpoint reopened = EventCheckpoint.file(file)) {
            assertThat(reopened.blockNumber()).hasValue(9);
            assertThat(reopened.transactionId()).contains("t2");
        }
    }
}
