package dev.anchor.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisBlocks;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisEventHash;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.protos.common.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The SDK's {@code followEpcisBlocks} on the real network: a document of fresh events captured through the SDK is
 * found in the followed blocks, each event exactly once, under the block and transaction that the ledger says
 * committed it; every block from the start on is delivered, none skipped.
 */
class EpcisFeedIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Event times no other test uses (the round trip uses +3000 days), new in every run. */
    private static final Instant BASE = Instant.now().plus(Duration.ofDays(4000)).truncatedTo(ChronoUnit.MILLIS);
    private static final String RUN = Long.toString(BASE.toEpochMilli() % 10_000_000_000L);

    private static String observe(int second, String serial) {
        return "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"" + BASE.plusSeconds(second) + "\","
                + "\"eventTimeZoneOffset\":\"+00:00\",\"bizStep\":\"shipping\","
                + "\"epcList\":[\"urn:epc:id:sgtin:0614141.107346.F" + RUN + "S" + serial + "\"]}";
    }

    @Test
    void theCapturedEventsComeWithTheBlockAndTransactionThatCommittedThem() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree("{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/"
                + "epcis-context.jsonld\"],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\""
                + BASE + "\",\"epcisBody\":{\"eventList\":[" + String.join(",", observe(1, "1"), observe(2, "2"),
                observe(3, "3")) + "]}}");
        List<String> ids = EpcisEventHash.ofDocument(document);
        long start;
        try (LedgerAgreement peers = new LedgerAgreement(network.descriptor())) {
            // the last block committed before the capture: delivered too, without the run's events
            start = peers.chainInfo(AUDITOR).height() - 1;
        }

        EpcisCaptureReport report = network.as(MANUFACTURER).captureEpcis(document, 2, progress -> { });
        assertThat(report.recorded()).containsExactlyElementsOf(ids);
        assertThat(report.transactionIds()).hasSize(2);

        List<Long> delivered = new ArrayList<>();
        Map<String, CommittedEpcisEvent> found = new TreeMap<>();
        List<String> seen = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (CommittedEpcisBlocks blocks = network.as(AUDITOR).followEpcisBlocks(start)) {
                while (!found.keySet().containsAll(ids) && blocks.hasNext()) {
                    CommittedEpcisBlock block = blocks.next();
                    delivered.add(block.blockNumber());
                    for (CommittedEpcisEvent e : block.events()) {
                        if (ids.contains(e.eventId())) {
                            seen.add(e.eventId());
                            found.put(e.eventId(), e);
                        }
                    }
                }
            }
        });

        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(delivered.get(0)).isEqualTo(start);
        for (int i = 1; i < delivered.size(); i++) {
            assertThat(delivered.get(i)).as("block after %s", delivered.get(i - 1)).isEqualTo(delivered.get(i - 1) + 1);
        }
        // two events per transaction: the first two share one, the third has its own, in document order
        assertThat(ids.stream().map(id -> found.get(id).transactionId()).toList()).containsExactly(
                report.transactionIds().get(0), report.transactionIds().get(0), report.transactionIds().get(1));
        try (RawGateway auditor = new RawGateway(network.descriptor().connectionOptions(AUDITOR))) {
            Contract system = auditor.network().getContract("qscc");
            for (String id : ids) {
                CommittedEpcisEvent e = found.get(id);
                assertThat(e.record().get("eventId").asText()).isEqualTo(id);
                assertThat(e.record().get("txId").asText()).isEqualTo(e.transactionId());
                assertThat(e.record().get("capturedBy").asText()).isEqualTo(MANUFACTURER.mspId());
                assertThat(e.record().get("event").get("eventTime").asText()).isEqualTo(
                        document.get("epcisBody").get("eventList").get(ids.indexOf(id)).get("eventTime").asText());
                Block block = Block.parseFrom(system.evaluateTransaction("GetBlockByTxID",
                        network.descriptor().channel(), e.transactionId()));
                assertThat(e.blockNumber()).as("block of %s", id).isEqualTo(block.getHeader().getNumber());
                assertThat(e.blockNumber()).isGreaterThan(start);
            }
        }
    }
}
