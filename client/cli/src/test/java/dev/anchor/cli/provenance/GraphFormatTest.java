package dev.anchor.cli.provenance;

import dev.anchor.client.lineage.TraceGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphFormatTest {

    @Test
    void aPackedBatchShowsItsUnitAndAPendingHandoffItsRecipient() {
        TraceGraph graph = TraceGraph.fromJson("{\"direction\":\"forward\",\"edges\":[],\"nodes\":["
                + "{\"batchId\":\"BOTTLES-A\",\"custodian\":\"DistributorMSP\",\"depth\":0,\"gtin\":\"09506000134369\","
                + "\"packedIn\":\"106141411234567897\",\"pendingTo\":\"RetailerMSP\",\"productName\":\"Pear juice\","
                + "\"quantity\":400,\"remaining\":400,\"unit\":\"bottle\"}],\"root\":\"BOTTLES-A\"}");

        assertThat(graph.nodes().get(0).packedIn()).isEqualTo("106141411234567897");
        assertThat(GraphFormat.graph(graph)).anySatisfy(line -> assertThat(line)
                .contains("BOTTLES-A").endsWith("in unit 106141411234567897, handoff to retailer pending"));
    }
}
