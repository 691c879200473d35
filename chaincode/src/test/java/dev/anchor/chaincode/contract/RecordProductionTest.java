package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.batchKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.holdingKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordProductionTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    private String record(String batchId, String gtin, String productName, String quantity, String unit, String site) {
        return peer.contract.RecordProduction(peer.ctx, batchId, gtin, productName, quantity, unit, site);
    }

    @Test
    void answersTheNewBatchAsCanonicalJsonAndStoresTheSameBytes() {
        String answer = record("PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane");

        String hash = json(answer).get("lastEventHash").asText();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(answer).isEqualTo("{\"batchId\":\"PEAR-001\",\"custodian\":\"ManufacturerMSP\",\"eventCount\":1,"
                + "\"gtin\":\"09506000134352\",\"lastEventHash\":\"" + hash + "\","
                + "\"producedAt\":\"2026-11-25T15:01:58.020Z\",\"producer\":\"ManufacturerMSP\","
                + "\"productName\":\"Conference pears\",\"quantity\":1200,\"remaining\":1200,\"site\":\"Orchard Lane\","
                + "\"unit\":\"kg\"}");
        assertThat(peer.stateText(batchKey("PEAR-001"))).isEqualTo(answer);
    }

    @Test
    void storesTheProducedEventUnderSeqOne() {
        record("PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane");

        assertThat(peer.state).containsOnlyKeys(batchKey("PEAR-001"), eventKey("PEAR-001", 1),
                holdingKey(MANUFACTURER, "batch", "PEAR-001"));
        String event = peer.stateText(eventKey("PEAR-001", 1));
        String hash = json(event).get("hash").asText();
        assertThat(event).isEqualTo("{\"actor\":\"ManufacturerMSP\","
                + "\"actorSubject\":\"CN=User1,OU=client,O=manufacturer.anchor.local\",\"batchId\":\"PEAR-001\",\"details\":{"
                + "\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\",\"quantity\":1200,"
                + "\"site\":\"Orchard Lane\",\"unit\":\"kg\"},\"hash\":\"" + hash + "\",\"previousHash\":\""
                + "0".repeat(64) + "\",\"seq\":1,\"timestamp\":\"2026-11-25T15:01:58.020Z\",\"txId\":\"tx0001\","
                + "\"type\":\"PRODUCED\"}");
        assertThat(json(peer.stateText(batchKey("PEAR-001"))).get("lastEventHash").asText()).isEqualTo(hash);
    }

    @Test
    void takesTimeAndTransactionIdFromTheProposalNotTheClock() {
        peer.as(DISTRIBUTOR).as(RETAILER).as(MANUFACTURER);

        JsonNode batch = json(record("PEAR-002", "09506000134352", "Conference pears", "5", "kg", "Orchard Lane"));

        assertThat(batch.get("producedAt").asText()).isEqualTo(peer.txTime().toString())
                .isEqualTo("2026-11-25T15:02:02.520Z");
        assertThat(json(peer.stateText(eventKey("PEAR-002", 1))).get("txId").asText()).isEqualTo("tx0004");
    }

    @Test
    void writesQuantitiesPlainWithoutTrailingZeros() {
        record("PEAR-003", "09506000134352", "Conference pears", "12.50", "kg", "Orchard Lane");
        record("PEAR-004", "09506000134352", "Conference pears", "0.000001", "kg", "Orchard Lane");
        record("PEAR-005", "09506000134352", "Conference pears", "000120.000", "kg", "Orchard Lane");

        assertThat(peer.stateText(batchKey("PEAR-003"))).contains("\"quantity\":12.5,");
        assertThat(peer.stateText(eventKey("PEAR-003", 1))).contains("\"quantity\":12.5,");
        assertThat(peer.stateText(batchKey("PEAR-004"))).contains("\"quantity\":0.000001,");
        assertThat(peer.stateText(batchKey("PEAR-005"))).contains("\"quantity\":120,");
    }

    @Test
    void keepsTextExactlyAndCountsCharactersNotUtf16Units() {
        String name = "\uD83C\uDF50".repeat(200); // 200 pear emoji: 400 UTF-16 units
        String site = "  Verger d'Été  ";

        JsonNode batch = json(record("PEAR-006", "09506000134352", name, "1", "stück", site));

        assertThat(batch.get("productName").asText()).isEqualTo(name);
        assertThat(batch.get("site").asText()).isEqualTo(site);
        assertThat(batch.get("unit").asText()).isEqualTo("stück");
    }

    @Test
    void acceptsTheLongestAllowedArguments() {
        String id = "A".repeat(64);
        String answer = record(id, "09506000134352", "n".repeat(200), "999999999999999999.999999",
                "u".repeat(32), "s".repeat(200));

        assertThat(json(answer).get("batchId").asText()).isEqualTo(id);
        assertThat(answer).contains("\"quantity\":999999999999999999.999999,");
    }

    @ParameterizedTest
    @ValueSource(strings = {DISTRIBUTOR, RETAILER, AUDITOR, "OtherMSP", "manufacturermsp", ""})
    void onlyTheManufacturerMayRecordProduction(String mspId) {
        peer.as(mspId);

        String message = peer.refused("FORBIDDEN_ROLE",
                () -> record("PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane"));

        assertThat(message).contains("may not record production");
    }

    @Test
    void aCallerWithoutMspIdIsForbidden() {
        peer.as(null);

        peer.refused("FORBIDDEN_ROLE",
                () -> record("PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane"));
    }

    static Stream<Arguments> invalidArguments() {
        String gtin = "09506000134352";
        return Stream.of(
                Arguments.of(null, gtin, "Pears", "1", "kg", "Site"),
                Arguments.of("", gtin, "Pears", "1", "kg", "Site"),
                Arguments.of("PEAR 001", gtin, "Pears", "1", "kg", "Site"),
                Arguments.of("A".repeat(65), gtin, "Pears", "1", "kg", "Site"),
                Arguments.of("PEAR-1", null, "Pears", "1", "kg", "Site"),
                Arguments.of("PEAR-1", "09506000134353", "Pears", "1", "kg", "Site"),
                Arguments.of("PEAR-1", "9506000134352", "Pears", "1", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, null, "1", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, " \t ", "1", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "n".repeat(201), "1", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears \uD83C", "1", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", null, "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "0", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "-5", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "1.2E+3", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "1.0000001", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "1" + "0".repeat(18), "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "twelve", "kg", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "1", null, "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "1", "", "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "1", "u".repeat(33), "Site"),
                Arguments.of("PEAR-1", gtin, "Pears", "1", "kg", null),
                Arguments.of("PEAR-1", gtin, "Pears", "1", "kg", "   "),
                Arguments.of("PEAR-1", gtin, "Pears", "1", "kg", "s".repeat(201)));
    }

    @ParameterizedTest
    @MethodSource("invalidArguments")
    void refusesArgumentsThatBreakAnInputRule(String batchId, String gtin, String productName, String quantity,
            String unit, String site) {
        peer.refused("INVALID_INPUT", () -> record(batchId, gtin, productName, quantity, unit, site));
    }

    @Test
    void saysWhichArgumentIsWrong() {
        String message = peer.refused("INVALID_INPUT",
                () -> record("PEAR-1", "09506000134353", "Pears", "1", "kg", "Site"));

        assertThat(message).isEqualTo("INVALID_INPUT: gtin 09506000134353 has a wrong check digit");
    }

    @Test
    void refusesABatchIdAlreadyUsed() {
        record("PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane");
        peer.as(SimulatedPeer.MANUFACTURER);

        String message = peer.refused("BATCH_EXISTS",
                () -> record("PEAR-001", "04006381333931", "Other pears", "3", "kg", "Elsewhere"));

        assertThat(message).isEqualTo("BATCH_EXISTS: batch PEAR-001 already exists");
        assertThat(peer.emitted).hasSize(1);
    }

    @Test
    void batchIdsAreCaseSensitive() {
        record("pear-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane");
        peer.as(MANUFACTURER);
        record("PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane");

        assertThat(peer.state).containsKeys(batchKey("pear-001"), batchKey("PEAR-001"));
        assertThat(peer.emitted).hasSize(2);
    }
}
