package dev.anchor.cli.provenance;

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

class ProvenanceTextTest {
    @Test
    void traceIsOneLinePerEventOldestFirstThenTheVerdict() {
        Provenance p = FakeNetwork.pearStory().client(Organization.AUDITOR).getProvenance("PEAR-1");

        List<String> lines = ProvenanceText.trace(p, p.verify());

        assertThat(lines).containsExactly(
                "Trace of batch PEAR-1 (5 events, oldest first)",
                "  1  2026-11-25T15:01:58.020Z  PRODUCED           manufacturer  1200 kg of Conference pears "
                        + "(GTIN 09506000134352) at Orchard Lane",
                "  2  2026-11-25T15:01:58.457Z  HANDOFF_INITIATED  manufacturer  from manufacturer to distributor",
                "  3  2026-11-25T15:01:58.894Z  HANDOFF_REJECTED   distributor   from manufacturer to distributor; "
                        + "reason: temperature log missing",
                "  4  2026-11-25T15:01:59.331Z  HANDOFF_INITIATED  manufacturer  from manufacturer to distributor",
                "  5  2026-11-25T15:01:59.768Z  HANDOFF_ACCEPTED   distributor   from manufacturer to distributor; "
                        + "distributor now holds the batch",
                "hash chain: verified (5 events)");
    }

    @Test
    void brokenVerdictNamesTheEventAndTheReason() {
        assertThat(ProvenanceText.verification(ChainVerification.broken(3, 2, "hash mismatch: the event was altered")))
                .isEqualTo("hash chain: BROKEN at event 3: hash mismatch: the event was altered");
        assertThat(ProvenanceText.verification(ChainVerification.intact(1))).isEqualTo("hash chain: verified (1 event)");
    }

    @Test
    void timesHaveAFixedWidthAndUnknownEventsShowTheirDetails() {
        ProvenanceEvent odd = ProvenanceEvent.fromJson("{\"seq\":12,\"type\":\"QUARANTINED\",\"actor\":\"RegulatorMSP\","
                + "\"timestamp\":\"2026-11-25T15:00:00Z\",\"details\":{\"reason\":\"listeria\",\"lot\":7.50}}");
        Provenance p = new Provenance("X", List.of(odd));

        List<String> lines = ProvenanceText.trace(p, ChainVerification.broken(1, 0, "expected seq 1 but found seq 12"));

        assertThat(lines.get(0)).isEqualTo("Trace of batch X (1 event, oldest first)");
        assertThat(lines.get(1)).isEqualTo("  12  2026-11-25T15:00:00.000Z  QUARANTINED  RegulatorMSP  lot=7.5 reason=listeria");
        assertThat(lines.get(2)).isEqualTo("hash chain: BROKEN at event 1: expected seq 1 but found seq 12");
    }

    @Test
    void anEventThatRecordsTheCertificateSubjectNamesWhoActed() {
        ProvenanceEvent signed = ProvenanceEvent.fromJson("{\"seq\":1,\"type\":\"PRODUCED\",\"actor\":\"ManufacturerMSP\","
                + "\"actorSubject\":\"CN=alice@manufacturer.anchor.local,OU=client,O=Hyperledger\","
                + "\"timestamp\":\"2026-11-25T15:00:00Z\",\"details\":{}}");
        ProvenanceEvent unsigned = ProvenanceEvent.fromJson("{\"seq\":1,\"type\":\"PRODUCED\",\"actor\":\"ManufacturerMSP\","
                + "\"timestamp\":\"2026-11-25T15:00:00Z\",\"details\":{}}");

        assertThat(ProvenanceText.who(signed)).isEqualTo("manufacturer (alice@manufacturer.anchor.local)");
        assertThat(ProvenanceText.who(unsigned)).isEqualTo("manufacturer");
        assertThat(ProvenanceText.trace(new Provenance("X", List.of(signed)), ChainVerification.intact(1)).get(1))
                .contains("PRODUCED  manufacturer (alice@manufacturer.anchor.local)");
    }

    @Test
    void transformationRecallAndEvidenceEventsAreInWords() {
        assertThat(ProvenanceText.details(event("CONSUMED", "{\"output\":\"J-1\",\"quantity\":600,\"remaining\":0,\"unit\":\"kg\"}")))
                .isEqualTo("600 kg consumed into J-1; 0 kg remain");
        assertThat(ProvenanceText.details(event("TRANSFORMED", "{\"gtin\":\"09506000134369\",\"inputs\":\"P-1:600,P-2:400\","
                + "\"productName\":\"Pear juice\",\"quantity\":700,\"site\":\"Press\",\"unit\":\"l\"}")))
                .isEqualTo("700 l of Pear juice (GTIN 09506000134369) at Press from P-1:600,P-2:400");
        assertThat(ProvenanceText.details(event("RECALLED", "{\"reason\":\"Listeria\",\"recallOf\":\"P-2\"}")))
                .isEqualTo("recall of P-2: Listeria");
        assertThat(ProvenanceText.details(event("RECALL_ACKNOWLEDGED", "{\"recallOf\":\"P-2\"}")))
                .isEqualTo("recall of P-2 acknowledged");
        assertThat(ProvenanceText.details(event("EVIDENCE_ATTACHED", "{\"mediaType\":\"text/plain\",\"sha256\":\"ab\","
                + "\"size\":4,\"uri\":\"https://lab.example/r/1\"}")))
                .isEqualTo("text/plain, 4 bytes, SHA-256 ab, https://lab.example/r/1");
    }

    private static ProvenanceEvent event(String type, String details) {
        return ProvenanceEvent.fromJson("{\"seq\":2,\"type\":\"" + type + "\",\"details\":" + details + "}");
    }
}
