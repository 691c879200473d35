package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.batchKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.holdingKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchor.chaincode.domain.custody.ProductionRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordProductionsTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    private static String entry(String batchId, String gtin, String quantity) {
        return "{\"batchId\":\"" + batchId + "\",\"gtin\":\"" + gtin + "\",\"productName\":\"Conference pears\","
                + "\"quantity\":\"" + quantity + "\",\"site\":\"Orchard Lane\",\"unit\":\"kg\"}";
    }

    private static String pears(String... batchIds) {
        List<String> entries = new ArrayList<>();
        for (String id : batchIds) {
            entries.add(entry(id, "09506000134352", "1200"));
        }
        return "[" + String.join(",", entries) + "]";
    }

    private String recordAll(String batches) {
        return peer.contract.RecordProductions(peer.ctx, batches);
    }

    @Test
    void writesForEachBatchExactlyWhatRecordProductionWrites() {
        SimulatedPeer single = new SimulatedPeer();
        single.contract.RecordProduction(single.ctx, "PEAR-001", "09506000134352", "Conference pears", "1200", "kg",
                "Orchard Lane");

        String answer = recordAll(pears("PEAR-001", "PEAR-002"));

        assertThat(answer).isEqualTo("{\"recorded\":[\"PEAR-001\",\"PEAR-002\"]}");
        assertThat(peer.state).containsOnlyKeys(batchKey("PEAR-001"), eventKey("PEAR-001", 1),
                holdingKey(MANUFACTURER, "batch", "PEAR-001"), batchKey("PEAR-002"), eventKey("PEAR-002", 1),
                holdingKey(MANUFACTURER, "batch", "PEAR-002"));
        // Same caller, same transaction id and time: the same bytes, hash included.
        assertThat(peer.stateText(batchKey("PEAR-001"))).isEqualTo(single.stateText(batchKey("PEAR-001")));
        assertThat(peer.stateText(eventKey("PEAR-001", 1))).isEqualTo(single.stateText(eventKey("PEAR-001", 1)));
        assertThat(json(peer.stateText(eventKey("PEAR-002", 1))).get("type").asText()).isEqualTo("PRODUCED");
        assertThat(peer.provenance("PEAR-002").get("events")).hasSize(1);
    }

    @Test
    void announcesEveryBatchsProducedEventInOneChaincodeEvent() {
        recordAll(pears("PEAR-003", "PEAR-001", "PEAR-002"));

        assertThat(peer.emitted).hasSize(1);
        assertThat(peer.emitted.get(0).name()).isEqualTo("PRODUCED");
        assertThat(new String(peer.emitted.get(0).payload())).isEqualTo("{\"events\":["
                + peer.stateText(eventKey("PEAR-003", 1)) + "," + peer.stateText(eventKey("PEAR-001", 1)) + ","
                + peer.stateText(eventKey("PEAR-002", 1)) + "]}");
    }

    @Test
    void oneRefusedBatchRefusesAllAndEachRefusalIsNamedWithItsCode() {
        peer.produce("PEAR-002");
        peer.as(MANUFACTURER);
        String batches = "[" + entry("PEAR-001", "09506000134352", "1") + "," + entry("PEAR-002", "09506000134352", "1")
                + "," + entry("PEAR-003", "09506000134353", "1") + "," + entry("PEAR-004", "09506000134352", "-5")
                + "," + entry("PEAR-005", "09506000134352", "1") + "]";

        String message = peer.refused("BATCHES_REFUSED", () -> recordAll(batches));

        assertThat(message).isEqualTo("BATCHES_REFUSED: 3 of 5 batches refused, nothing written: "
                + "[1] PEAR-002 BATCH_EXISTS: batch PEAR-002 already exists; "
                + "[2] PEAR-003 INVALID_INPUT: " + refusalOfSingle("PEAR-003", "09506000134353", "1") + "; "
                + "[3] PEAR-004 INVALID_INPUT: " + refusalOfSingle("PEAR-004", "09506000134352", "-5"));
        assertThat(peer.state).doesNotContainKeys(batchKey("PEAR-001"), batchKey("PEAR-005"));
    }

    /** The sentence RecordProduction refuses the same arguments with, after its code. */
    private static String refusalOfSingle(String batchId, String gtin, String quantity) {
        SimulatedPeer other = new SimulatedPeer();
        String message = other.refused("INVALID_INPUT", () -> other.contract.RecordProduction(other.ctx, batchId, gtin,
                "Conference pears", quantity, "kg", "Orchard Lane"));
        return message.substring("INVALID_INPUT: ".length());
    }

    @Test
    void theSameBatchTwiceInOneRequestIsRefused() {
        String message = peer.refused("BATCHES_REFUSED", () -> recordAll(pears("PEAR-001", "PEAR-002", "PEAR-001")));

        assertThat(message).endsWith("1 of 3 batches refused, nothing written: "
                + "[2] PEAR-001 BATCH_EXISTS: batch PEAR-001 is also entry [0] of this request");
    }

    @Test
    void namesAnEntryWithoutOrWithABadIdByItsIndex() {
        String batches = "[{\"gtin\":\"09506000134352\"},\"not an object\",{\"batchId\":\"bad id!\"}]";

        String message = peer.refused("BATCHES_REFUSED", () -> recordAll(batches));

        assertThat(message).startsWith("BATCHES_REFUSED: 3 of 3 batches refused, nothing written: "
                + "[0] - INVALID_INPUT: batchId is required; [1] - INVALID_INPUT: batchId is required; "
                + "[2] \"bad id!\" INVALID_INPUT: batchId must be");
    }

    @Test
    void onlyTheManufacturerMayRecordAndIsToldBeforeTheEntriesAreRead() {
        peer.as(DISTRIBUTOR);

        String message = peer.refused("FORBIDDEN_ROLE", () -> recordAll("not json"));

        assertThat(message).contains("may not record production");
    }

    @Test
    void needsTheOperatorRole() {
        peer.as(MANUFACTURER, null);

        assertThat(peer.refused("FORBIDDEN_ROLE", () -> recordAll(pears("PEAR-001"))))
                .contains("RecordProductions needs role operator");
    }

    @Test
    void refusesWhatIsNotAnArrayAndAnEmptyOne() {
        assertThat(peer.refused("INVALID_INPUT", () -> recordAll("{\"batchId\":\"PEAR-001\"}")))
                .contains("batches must be a JSON array");
        assertThat(peer.refused("INVALID_INPUT", () -> recordAll("[")))
                .contains("batches must be a JSON array");
        assertThat(peer.refused("INVALID_INPUT", () -> recordAll("[]")))
                .contains("at least one batch");
    }

    @Test
    void takesAtMostTheMaximumPerTransaction() {
        String[] ids = new String[ProductionRun.MAX_BATCHES + 1];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "PEAR-" + i;
        }

        String message = peer.refused("INVALID_INPUT", () -> recordAll(pears(ids)));

        assertThat(message).isEqualTo("INVALID_INPUT: RecordProductions takes at most " + ProductionRun.MAX_BATCHES
                + " batches per transaction, not " + ids.length + "; split them into several transactions");
        assertThat(json(recordAll(pears(java.util.Arrays.copyOf(ids, ProductionRun.MAX_BATCHES)))).get("recorded"))
                .hasSize(ProductionRun.MAX_BATCHES);
    }

    @Test
    void aChunksRequestIdIsItsTransactionIdAndWritesNoRequestKey() {
        String batches = pears("PEAR-001", "PEAR-002");
        peer.as(MANUFACTURER).withRequest("shift-7:chunk-0", "RecordProductions", batches);

        recordAll(batches);

        assertThat(peer.txId()).isEqualTo(peer.derivedTxId("shift-7:chunk-0", 0));
        assertThat(peer.state.keySet()).noneMatch(key -> key.startsWith("\u0000request\u0000"));
        // A second transaction with this request id has the same transaction id: Fabric refuses it as a duplicate
        // before the chaincode runs. One with another transaction id is refused by the chaincode, nothing written.
        peer.as(MANUFACTURER).withRequest("shift-7:chunk-0", "RecordProductions", batches).withTxId("another-tx-id");
        java.util.Set<String> before = new java.util.TreeSet<>(peer.state.keySet());
        assertThat(peer.refused("INVALID_INPUT", () -> recordAll(batches))).contains("shift-7:chunk-0");
        assertThat(peer.state.keySet()).isEqualTo(before);
    }
}
