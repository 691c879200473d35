package dev.anchor.server.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the search box's text is read as. */
class BatchLookupTest {
    @Test
    void aDigitalLinkNamesItsLotAndGtinPaddedTo14Digits() {
        BatchLookup lookup = BatchLookup.parse(" https://id.example.com/01/9506000134352/10/PEAR%2F001?linkType=all ");

        assertThat(lookup.lot()).contains("PEAR/001");
        assertThat(lookup.gtin()).contains("09506000134352");
        assertThat(lookup.readAs()).isEqualTo("GS1 Digital Link (GTIN + lot)");
    }

    @Test
    void aDigitalLinkOfALogisticUnitNamesItsSscc() {
        assertThat(BatchLookup.parse("https://id.example.com/00/106141412345678908").sscc())
                .contains("106141412345678908");
    }

    @Test
    void elementStringsGtinAndLotAndBareSsccsAreRead() {
        assertThat(BatchLookup.parse("(01)09506000134352(10)PEAR-001").lot()).contains("PEAR-001");
        assertThat(BatchLookup.parse("(00)106141412345678908").sscc()).contains("106141412345678908");
        BatchLookup pair = BatchLookup.parse("09506000134352  PEAR-001");
        assertThat(pair.lot()).contains("PEAR-001");
        assertThat(pair.gtin()).contains("09506000134352");
        assertThat(BatchLookup.parse("106141412345678908").sscc()).contains("106141412345678908");
    }

    @Test
    void anythingElseWithoutSpacesIsABatchId() {
        BatchLookup lookup = BatchLookup.parse("JUICE-7");

        assertThat(lookup.lot()).contains("JUICE-7");
        assertThat(lookup.gtin()).isEqualTo(Optional.empty());
        assertThat(lookup.sscc()).isEqualTo(Optional.empty());
    }

    @Test
    void badTextIsRefusedSayingWhatIsWrong() {
        assertThatThrownBy(() -> BatchLookup.parse("  ")).hasMessageContaining("type a batch id");
        assertThatThrownBy(() -> BatchLookup.parse("https://id.example.com/01/09506000134352"))
                .hasMessageContaining("no lot");
        assertThatThrownBy(() -> BatchLookup.parse("https://example.com/products/7"))
                .hasMessageContaining("no GS1 Digital Link");
        assertThatThrownBy(() -> BatchLookup.parse("12345 PEAR-1")).hasMessageContaining("not \"12345\"");
        assertThatThrownBy(() -> BatchLookup.parse("(00)1234")).hasMessageContaining("18 digits");
        assertThatThrownBy(() -> BatchLookup.parse("a b c")).hasMessageContaining("is no batch id");
    }
}
