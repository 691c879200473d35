package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recomputes the hash chain the way a reader does, from the stored bytes alone. */
class HashChainVerificationTest {

    private static final Pattern HASH_MEMBER = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"");

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void tradePears() {
        peer.produce("PEAR-001");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.reject(DISTRIBUTOR, "PEAR-001", "Wrong dock");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-001");
        peer.initiate(DISTRIBUTOR, "PEAR-001", RETAILER);
        peer.accept(RETAILER, "PEAR-001");
    }

    @Test
    void everyHashIsTheSha256OfTheEventWithoutItsHashAndLinksToThePreviousOne() throws Exception {
        List<String> stored = new ArrayList<>();
        for (int seq = 1; seq <= 7; seq++) {
            stored.add(peer.stateText(eventKey("PEAR-001", seq)));
        }

        String previous = "0".repeat(64);
        for (int i = 0; i < stored.size(); i++) {
            String event = stored.get(i);
            JsonNode node = json(event);
            assertThat(node.get("seq").asInt()).isEqualTo(i + 1);
            assertThat(node.get("previousHash").asText()).isEqualTo(previous);
            assertThat(node.get("hash").asText()).isEqualTo(recomputedHash(event));
            previous = node.get("hash").asText();
        }
        JsonNode batch = peer.batch("PEAR-001");
        assertThat(batch.get("lastEventHash").asText()).isEqualTo(previous);
        assertThat(batch.get("eventCount").asInt()).isEqualTo(stored.size());
    }

    @Test
    void theProvenanceAnswerVerifiesToo() throws Exception {
        String provenance = peer.contract.GetProvenance(peer.ctx, "PEAR-001");
        JsonNode events = json(provenance).get("events");

        String previous = "0".repeat(64);
        for (JsonNode event : events) {
            assertThat(event.get("previousHash").asText()).isEqualTo(previous);
            previous = event.get("hash").asText();
        }
        assertThat(events).hasSize(7);
        assertThat(previous).isEqualTo(peer.batch("PEAR-001").get("lastEventHash").asText());
    }

    @Test
    void aTamperedEventNoLongerMatchesItsHash() throws Exception {
        String event = peer.stateText(eventKey("PEAR-001", 3));
        String tampered = event.replace("Wrong dock", "Wrong dick");

        assertThat(tampered).isNotEqualTo(event);
        assertThat(json(tampered).get("hash").asText()).isNotEqualTo(recomputedHash(tampered));
    }

    /** SHA-256 over the canonical JSON with the {@code hash} member cut out, as lowercase hex. */
    private static String recomputedHash(String canonicalEvent) throws Exception {
        Matcher member = HASH_MEMBER.matcher(canonicalEvent);
        assertThat(member.find()).as("hash member in %s", canonicalEvent).isTrue();
        String withoutHash = canonicalEvent.substring(0, member.start()) + canonicalEvent.substring(member.end());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(withoutHash.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
