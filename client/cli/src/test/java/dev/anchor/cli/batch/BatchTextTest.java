package dev.anchor.cli.batch;

import dev.anchor.cli.FakeNetwork;
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

class BatchTextTest {
    @Test
    void batchNamesProducerCustodianAndPendingHandoffWithShortNamesAndMspIds() {
        FakeNetwork net = FakeNetwork.pearStory();
        net.client(Organization.DISTRIBUTOR).initiateHandoff("PEAR-1", Organization.RETAILER);
        Batch b = net.client(Organization.AUDITOR).getBatch("PEAR-1");

        List<String> lines = BatchText.of(b);

        assertThat(lines.get(0)).isEqualTo("Batch PEAR-1");
        assertThat(lines).contains(
                "  product:    Conference pears (GTIN 09506000134352)",
                "  quantity:   1200 kg",
                "  site:       Orchard Lane",
                "  producer:   manufacturer (ManufacturerMSP), produced 2026-11-25T15:01:58.020Z",
                "  custodian:  distributor (DistributorMSP)",
                "  pending:    handoff from distributor (DistributorMSP) to retailer (RetailerMSP), initiated "
                        + "2026-11-25T15:02:00.205Z, waiting for retailer to accept or reject");
        assertThat(lines.get(lines.size() - 1)).startsWith("  events:     6 (last hash ");
    }

    @Test
    void batchWithoutPendingHandoffSaysSo() {
        Batch b = Batch.fromJson("{\"batchId\":\"B\",\"custodian\":\"RetailerMSP\",\"producer\":\"ManufacturerMSP\","
                + "\"quantity\":12.50,\"unit\":\"kg\"}");
        assertThat(BatchText.of(b)).contains("  pending:    no handoff pending", "  quantity:   12.5 kg");
    }
}
