package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void aPearBatch() {
        peer.produce("PEAR-2");
    }

    private String attach(String sha256, String mediaType, String size, String uri) {
        return peer.contract.AttachEvidence(peer.ctx, "PEAR-2", sha256, mediaType, size, uri);
    }

    @Test
    void attachingRecordsTheDocumentAndAnEventInTheHashChain() {
        peer.as(AUDITOR);
        JsonNode batch = json(attach(HASH, "application/pdf", "48213", "https://lab.example/reports/4711.pdf"));

        assertThat(batch.get("eventCount").asInt()).isEqualTo(2);
        JsonNode event = json(peer.stateText(eventKey("PEAR-2", 2)));
        assertThat(event.get("type").asText()).isEqualTo("EVIDENCE_ATTACHED");
        assertThat(event.get("actor").asText()).isEqualTo(AUDITOR);
        assertThat(event.get("details").toString()).isEqualTo("{\"mediaType\":\"application/pdf\",\"sha256\":\"" + HASH
                + "\",\"size\":48213,\"uri\":\"https://lab.example/reports/4711.pdf\"}");

        JsonNode evidence = json(peer.as(RETAILER).contract.GetEvidence(peer.ctx, "PEAR-2", HASH));
        assertThat(evidence.get("attachedBy").asText()).isEqualTo(AUDITOR);
        assertThat(evidence.get("attachedAt").asText()).isEqualTo(event.get("timestamp").asText());
        assertThat(evidence.get("txId").asText()).isEqualTo(event.get("txId").asText());
        assertThat(evidence.get("size").asLong()).isEqualTo(48213);
    }

    @Test
    void theLocatorIsOptional() {
        peer.as(MANUFACTURER);
        attach(HASH, "text/plain; charset=utf-8", "0", "");

        JsonNode evidence = json(peer.contract.GetEvidence(peer.ctx, "PEAR-2", HASH));
        assertThat(evidence.has("uri")).isFalse();
        assertThat(evidence.get("mediaType").asText()).isEqualTo("text/plain; charset=utf-8");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "xyz", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 "})
    void aMalformedHashIsRefused(String sha256) {
        peer.as(MANUFACTURER);

        String message = peer.refused("INVALID_INPUT", () -> attach(sha256, "application/pdf", "1", ""));

        assertThat(message).isEqualTo("INVALID_INPUT: sha256 must be 64 lowercase hexadecimal digits");
    }

    @Test
    void malformedFactsAreRefused() {
        peer.as(MANUFACTURER);
        peer.refused("INVALID_INPUT", () -> attach(HASH, "pdf", "1", ""));
        peer.refused("INVALID_INPUT", () -> attach(HASH, "application/pdf", "-1", ""));
        peer.refused("INVALID_INPUT", () -> attach(HASH, "application/pdf", "1.5", ""));
        peer.refused("INVALID_INPUT", () -> attach(HASH, "application/pdf", "1", "has blanks"));
    }

    @Test
    void theSameDocumentIsAttachedOnce() {
        peer.as(MANUFACTURER);
        attach(HASH, "application/pdf", "1", "");
        peer.as(AUDITOR);

        peer.refused("EVIDENCE_EXISTS", () -> attach(HASH, "application/pdf", "1", ""));
    }

    @Test
    void onlyOrganisationsOfTheChannelAttach() {
        peer.as("OtherMSP");
        peer.refused("FORBIDDEN_ROLE", () -> attach(HASH, "application/pdf", "1", ""));
    }

    @Test
    void aDocumentNotAttachedIsNotFound() {
        peer.refused("EVIDENCE_NOT_FOUND", () -> peer.contract.GetEvidence(peer.ctx, "PEAR-2", HASH));
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.GetEvidence(peer.ctx, "PEAR-9", HASH));
        peer.refused("INVALID_INPUT", () -> peer.contract.GetEvidence(peer.ctx, "PEAR-2", "abc"));
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.AttachEvidence(peer.ctx, "PEAR-9", HASH, "text/plain", "1", ""));
    }
}
