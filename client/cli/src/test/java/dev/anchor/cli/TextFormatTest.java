package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextFormatTest {

    @Test
    void shortensTransactionIds() {
        assertThat(TextFormat.shortTx("6cdbd8dd75d5a1b2c3d4e5f6")).isEqualTo("6cdbd8dd75d5");
        assertThat(TextFormat.shortTx("abc")).isEqualTo("abc");
    }
}
