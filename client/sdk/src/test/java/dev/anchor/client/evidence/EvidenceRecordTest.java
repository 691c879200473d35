package dev.anchor.client.evidence;

import dev.anchor.client.lineage.Consumption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceRecordTest {
    @TempDir
    Path dir;

    @Test
    void aFilesRecordHasItsSha256AndSize() throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), "test", StandardCharsets.UTF_8);

        EvidenceRecord record = EvidenceRecord.ofFile("PEAR-2", file, "text/plain", "https://lab.example/r/1");

        assertThat(record.sha256()).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(record.size()).isEqualTo(4);
        assertThat(record.uri()).contains("https://lab.example/r/1");
        assertThat(EvidenceRecord.ofFile("PEAR-2", file, "text/plain", null).uri()).isEmpty();
    }

    @Test
    void consumptionsAreReadFromIdColonQuantity() {
        assertThat(Consumption.parse("PEAR-1:600.5")).isEqualTo(new Consumption("PEAR-1", new BigDecimal("600.5")));
        assertThatThrownBy(() -> Consumption.parse("PEAR-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Consumption.parse("PEAR-1:lots")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Consumption.parse(":5")).isInstanceOf(IllegalArgumentException.class);
    }
}
