package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.OPERATOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.QUALITY;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.ledger.CanonicalJson;
import dev.anchor.chaincode.ledger.ProvenanceJson;
import dev.anchor.model.json.CanonicalForm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every provenance event names who acted: the organisation (MSP ID) and the subject of the caller's certificate. */
class WhoActedTest {

    private static final String QUALITY_LEAD = "CN=Quality Lead,OU=client+OU=quality,O=Anchor\\, Inc.,C=GB";

    private final SimulatedPeer peer = new SimulatedPeer();
    private final HashChain chain = new HashChain(new CanonicalJson());

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theEventRecordsTheCertificatesSubjectInRfc2253FormBesideTheMspId() {
        peer.produce("PEAR-1");
        peer.as(MANUFACTURER, QUALITY, QUALITY_LEAD).contract.RecallBatch(peer.ctx, "PEAR-1", "Listeria found");

        JsonNode produced = json(peer.stateText(eventKey("PEAR-1", 1)));
        JsonNode recalled = json(peer.stateText(eventKey("PEAR-1", 2)));
        assertThat(produced.get("actor").asText()).isEqualTo(MANUFACTURER);
        assertThat(produced.get("actorSubject").asText()).isEqualTo("CN=User1,OU=client,O=manufacturer.anchor.local");
        assertThat(recalled.get("actor").asText()).isEqualTo(MANUFACTURER);
        assertThat(recalled.get("actorSubject").asText()).isEqualTo(QUALITY_LEAD);
    }

    @Test
    void theSubjectIsHashedWithTheEvent() throws Exception {
        peer.produce("PEAR-1");
        byte[] stored = peer.state.get(eventKey("PEAR-1", 1));

        ObjectNode withoutHash = (ObjectNode) CanonicalForm.tree(stored);
        String hash = withoutHash.remove("hash").asText();
        assertThat(CanonicalForm.write(withoutHash).length).isLessThan(stored.length);
        assertThat(new String(CanonicalForm.write(withoutHash), StandardCharsets.UTF_8))
                .contains("\"actorSubject\":\"CN=User1,OU=client,O=manufacturer.anchor.local\"");
        assertThat(sha256(CanonicalForm.write(withoutHash))).isEqualTo(hash);

        ProvenanceEvent event = ProvenanceJson.decodeEvent(stored);
        ProvenanceEvent anotherSubject = new ProvenanceEvent(event.actor(), event.batchId(), event.details(),
                event.hash(), event.previousHash(), event.seq(), event.timestamp(), event.txId(), event.type(),
                "CN=User2,OU=client,O=manufacturer.anchor.local");
        assertThat(chain.hashOf(event)).isEqualTo(hash);
        assertThat(chain.hashOf(anotherSubject)).isNotEqualTo(hash);
        assertThat(chain.verifies(List.of(anotherSubject))).isFalse();
    }

    @Test
    void theChaincodeEventCarriesTheSubject() {
        peer.produce("PEAR-1");
        peer.as(MANUFACTURER, OPERATOR, "CN=Line 3,OU=client,O=manufacturer.anchor.local").contract
                .InitiateHandoff(peer.ctx, "PEAR-1", DISTRIBUTOR);

        JsonNode announced = json(peer.emitted.get(1).payload());
        assertThat(announced.get("type").asText()).isEqualTo("HANDOFF_INITIATED");
        assertThat(announced.get("actorSubject").asText()).isEqualTo("CN=Line 3,OU=client,O=manufacturer.anchor.local");
    }

    @Test
    void aUnitsEventsCarryTheSubjectOfWhoPackedIt() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        peer.as(MANUFACTURER, OPERATOR, "CN=Packer,OU=client,O=manufacturer.anchor.local").contract
                .PackUnit(peer.ctx, AggregationTest.CASE, "PEAR-1,PEAR-2");

        JsonNode announced = json(peer.emitted.get(peer.emitted.size() - 1).payload());
        assertThat(announced.get("events")).hasSize(2);
        announced.get("events").forEach(event -> assertThat(event.get("actorSubject").asText())
                .isEqualTo("CN=Packer,OU=client,O=manufacturer.anchor.local"));
    }

    /** A chain whose older events were recorded without a subject, continued by events with one, verifies. */
    @Test
    void eventsWithoutASubjectStillVerifyAndChainOnToEventsWithOne() {
        peer.produce("PEAR-1");
        ProvenanceEvent first = ProvenanceJson.decodeEvent(peer.state.get(eventKey("PEAR-1", 1)));
        ProvenanceEvent old = chain.seal(new ProvenanceEvent(first.actor(), first.batchId(), first.details(), null,
                first.previousHash(), 1, first.timestamp(), first.txId(), first.type(), null));
        assertThat(new String(ProvenanceJson.encodeEvent(old), StandardCharsets.UTF_8)).doesNotContain("actorSubject");
        assertThat(ProvenanceJson.decodeEvent(ProvenanceJson.encodeEvent(old)).actorSubject()).isNull();
        peer.state.put(eventKey("PEAR-1", 1), ProvenanceJson.encodeEvent(old));
        peer.state.put(SimulatedPeer.batchKey("PEAR-1"), peer.stateText(SimulatedPeer.batchKey("PEAR-1"))
                .replace(first.hash(), old.hash()).getBytes(StandardCharsets.UTF_8));

        peer.initiate(MANUFACTURER, "PEAR-1", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-1");

        List<ProvenanceEvent> events = IntStream.rangeClosed(1, 3)
                .mapToObj(seq -> ProvenanceJson.decodeEvent(peer.state.get(eventKey("PEAR-1", seq)))).toList();
        assertThat(events).extracting(ProvenanceEvent::actorSubject).containsExactly(null,
                "CN=User1,OU=client,O=manufacturer.anchor.local", "CN=User1,OU=client,O=distributor.anchor.local");
        assertThat(events.get(1).previousHash()).isEqualTo(old.hash());
        assertThat(chain.verifies(events)).isTrue();
    }
}
