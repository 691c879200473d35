package dev.anchor.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.custody.PendingHandoff;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.Provenance;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant T0 = Instant.parse("2026-11-25T15:01:58.020Z");

    private final CanonicalJson json = new CanonicalJson();

    private String text(ObjectNode node) {
        return new String(json.encode(node), StandardCharsets.UTF_8);
    }

    @Test
    void sortsMembersAtEveryDepthWhateverTheInsertionOrder() {
        ObjectNode root = NODES.objectNode();
        ObjectNode inner = root.putObject("zeta");
        inner.put("y", 1);
        inner.putObject("x").put("b", "2").put("a", "1");
        root.putArray("list").addObject().put("n", true).put("m", false);
        root.put("alpha", "first");

        assertThat(text(root)).isEqualTo(
                "{\"alpha\":\"first\",\"list\":[{\"m\":false,\"n\":true}],\"zeta\":{\"x\":{\"a\":\"1\",\"b\":\"2\"},\"y\":1}}");
    }

    @Test
    void sortsNestedMapsToo() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("to", "RetailerMSP");
        inner.put("from", "DistributorMSP");
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("type", "HANDOFF_INITIATED");
        outer.put("details", inner);
        outer.put("actor", "DistributorMSP");

        String written = new String(json.encode(new ObjectMapper().valueToTree(outer)), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("{\"actor\":\"DistributorMSP\",\"details\":{\"from\":\"DistributorMSP\","
                + "\"to\":\"RetailerMSP\"},\"type\":\"HANDOFF_INITIATED\"}");
    }

    @Test
    void ordersKeysByStringCompareTo() {
        ObjectNode root = NODES.objectNode();
        for (String key : List.of("é", "b", "a", "_", "Z", "B", "aa", "a0")) {
            root.put(key, 0);
        }

        assertThat(text(root)).isEqualTo("{\"B\":0,\"Z\":0,\"_\":0,\"a\":0,\"a0\":0,\"aa\":0,\"b\":0,\"é\":0}");
    }

    @ParameterizedTest
    @CsvSource({
            "1.2E+3, 1200",
            "1200, 1200",
            "12.50, 12.5",
            "12.5, 12.5",
            "0.000001, 0.000001",
            "1E-7, 0.0000001",
            "100.00, 100",
            "0.000, 0",
            "999999999999999999.999999, 999999999999999999.999999"})
    void writesDecimalsPlainWithoutTrailingZeros(String decimal, String written) {
        ObjectNode root = NODES.objectNode();
        root.put("quantity", new BigDecimal(decimal));

        assertThat(text(root)).isEqualTo("{\"quantity\":" + written + "}");
    }

    @Test
    void leavesOutNullsAndWhitespace() {
        ObjectNode root = NODES.objectNode();
        root.putNull("gone");
        root.putObject("kept").putNull("alsoGone");
        root.put("n", 1L << 40);
        root.put("big", new BigInteger("123456789012345678901234567890"));
        root.put("s", "a b");

        assertThat(text(root)).isEqualTo("{\"big\":123456789012345678901234567890,\"kept\":{},\"n\":1099511627776,"
                + "\"s\":\"a b\"}");
    }

    @Test
    void rewritesParsedJsonCanonically() {
        byte[] loose = "{ \"b\" : 1.50 ,\n \"a\" : [ { \"z\" : null , \"y\" : 1E+2 } ] }".getBytes(StandardCharsets.UTF_8);

        assertThat(new String(json.encode(json.parse(loose)), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":[{\"y\":100}],\"b\":1.5}");
    }

    @Test
    void writesRawUtf8EvenOutsideTheBasicPlane() {
        ObjectNode root = NODES.objectNode();
        root.put("site", "Verger d'Été \uD83C\uDF50 / 梨");

        assertThat(json.encode(root))
                .isEqualTo("{\"site\":\"Verger d'Été \uD83C\uDF50 / 梨\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void escapesOnlyQuotesBackslashesAndControlCharacters() {
        ObjectNode root = NODES.objectNode();
        root.put("reason", "\"wet\"\\\n\t\u0001");

        assertThat(text(root)).isEqualTo("{\"reason\":\"\\\"wet\\\"\\\\\\n\\t\\u0001\"}");
    }

    @Test
    void aBatchWithoutPendingHandoffHasNoSuchMember() {
        String written = new String(CustodyJson.encodeBatch(batch(null)), StandardCharsets.UTF_8);

        assertThat(written).doesNotContain("pendingHandoff").startsWith("{\"batchId\":\"PEAR-001\",\"custodian\"");
        assertThat(CustodyJson.decodeBatch(CustodyJson.encodeBatch(batch(null)))).isEqualTo(batch(null));
    }

    @Test
    void aBatchRoundTrips() {
        Batch batch = batch(new PendingHandoff("ManufacturerMSP", T0.plusNanos(123_456_789), "DistributorMSP", "tx9"));

        byte[] written = CustodyJson.encodeBatch(batch);

        assertThat(CustodyJson.decodeBatch(written)).isEqualTo(batch);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains(
                "\"pendingHandoff\":{\"from\":\"ManufacturerMSP\",\"initiatedAt\":\"2026-11-25T15:01:58.143456789Z\","
                        + "\"to\":\"DistributorMSP\",\"txId\":\"tx9\"}");
    }

    @Test
    void anEventRoundTripsAndIsHashedWithoutItsHashMember() {
        ProvenanceEvent unsealed = new ProvenanceEvent("ManufacturerMSP", new BatchId("PEAR-001"),
                EventDetails.of(Map.of("quantity", new BigDecimal("12.50"), "unit", "kg")), null, HashChain.GENESIS, 1,
                T0, "tx1", EventType.PRODUCED, null);
        ProvenanceEvent sealed = new HashChain(json).seal(unsealed);

        String full = new String(ProvenanceJson.encodeEvent(sealed), StandardCharsets.UTF_8);
        String withoutHash = new String(ProvenanceJson.withoutHash(sealed), StandardCharsets.UTF_8);

        assertThat(full).isEqualTo("{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\","
                + "\"details\":{\"quantity\":12.5,\"unit\":\"kg\"},\"hash\":\"" + sealed.hash() + "\","
                + "\"previousHash\":\"" + HashChain.GENESIS + "\",\"seq\":1,\"timestamp\":\"2026-11-25T15:01:58.020Z\","
                + "\"txId\":\"tx1\",\"type\":\"PRODUCED\"}");
        assertThat(withoutHash).isEqualTo(full.replace(",\"hash\":\"" + sealed.hash() + "\"", ""));
        assertThat(ProvenanceJson.encodeEvent(unsealed)).isEqualTo(ProvenanceJson.withoutHash(sealed));
        assertThat(ProvenanceJson.withoutHash(unsealed)).isEqualTo(ProvenanceJson.withoutHash(sealed));
        assertThat(ProvenanceJson.decodeEvent(ProvenanceJson.encodeEvent(sealed))).isEqualTo(sealed);
    }

    @Test
    void provenanceListsEventsInTheOrderGiven() {
        ProvenanceEvent first = event(1);
        ProvenanceEvent second = event(2);

        String written = new String(ProvenanceJson.encodeProvenance(new Provenance(new BatchId("PEAR-001"), List.of(first, second))),
                StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("{\"batchId\":\"PEAR-001\",\"events\":["
                + new String(ProvenanceJson.encodeEvent(first), StandardCharsets.UTF_8) + ","
                + new String(ProvenanceJson.encodeEvent(second), StandardCharsets.UTF_8) + "]}");
    }

    /** The chaincode event of a RecordProductions is spliced from the events' stored bytes: the same bytes as encoded. */
    @Test
    void announcedEventsFromTheirStoredBytesAreTheEncodedAnnouncement() {
        List<ProvenanceEvent> events = List.of(event(1), event(2), event(3));

        byte[] spliced = ProvenanceJson.announcedEventsOf(events.stream().map(ProvenanceJson::encodeEvent).toList());

        assertThat(spliced).isEqualTo(ProvenanceJson.encodeAnnouncedEvents(events));
        assertThat(ProvenanceJson.announcedEventsOf(List.of(ProvenanceJson.encodeEvent(event(1)))))
                .isEqualTo(ProvenanceJson.encodeAnnouncedEvents(List.of(event(1))));
    }

    private static ProvenanceEvent event(int seq) {
        return new ProvenanceEvent("ManufacturerMSP", new BatchId("PEAR-001"),
                EventDetails.of(Map.of("from", "ManufacturerMSP", "to", "RetailerMSP")), "f".repeat(64),
                "e".repeat(64), seq, T0.plusSeconds(seq), "tx" + seq, EventType.HANDOFF_INITIATED, null);
    }

    private static Batch batch(PendingHandoff pending) {
        return new Batch(new BatchId("PEAR-001"), "ManufacturerMSP", 2, new Gtin("09506000134352"), "a".repeat(64), null,
                pending, T0, "ManufacturerMSP", "Conference pears", Quantity.parse("1200"), "Orchard Lane", "kg");
    }
}
