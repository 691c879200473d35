package dev.anchor.client.provenance;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypeTest {

    @Test
    void isTheWireModelsTypesAndUnknown() {
        assertThat(Arrays.stream(EventType.values()).map(Enum::name))
                .containsExactlyElementsOf(Stream.concat(
                        Arrays.stream(dev.anchor.model.vocabulary.EventType.values()).map(Enum::name),
                        Stream.of("UNKNOWN")).toList());
    }

    @Test
    void readsEveryModelTypeAsItselfAndNullAsUnknown() {
        for (dev.anchor.model.vocabulary.EventType type : dev.anchor.model.vocabulary.EventType.values()) {
            assertThat(EventType.of(type).name()).isEqualTo(type.name());
        }
        assertThat(EventType.of(null)).isEqualTo(EventType.UNKNOWN);
    }
}
