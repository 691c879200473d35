package dev.anchor.chaincode.domain.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchmarkModeTest {

    @Test
    void enabledOnlyByAnchorBenchmarkEnabled() {
        assertThat(BenchmarkMode.fromEnvironment(Map.of("ANCHOR_BENCHMARK", "enabled"))).isEqualTo(BenchmarkMode.ENABLED);
    }

    @Test
    void disabledWithoutTheVariable() {
        assertThat(BenchmarkMode.fromEnvironment(Map.of())).isEqualTo(BenchmarkMode.DISABLED);
        assertThat(BenchmarkMode.fromEnvironment(Map.of("OTHER", "enabled"))).isEqualTo(BenchmarkMode.DISABLED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "disabled", "true", "1", "ENABLED", " enabled"})
    void disabledByAnyOtherValue(String value) {
        assertThat(BenchmarkMode.fromEnvironment(Map.of("ANCHOR_BENCHMARK", value))).isEqualTo(BenchmarkMode.DISABLED);
    }
}
