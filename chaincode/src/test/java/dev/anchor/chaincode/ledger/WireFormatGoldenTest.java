package dev.anchor.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchRecall;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.custody.HoldingsPage;
import dev.anchor.chaincode.domain.custody.PendingHandoff;
import dev.anchor.chaincode.domain.epcis.EpcisCaptureRequest;
import dev.anchor.chaincode.domain.epcis.EpcisCaptureResult;
import dev.anchor.chaincode.domain.epcis.EpcisCaptured;
import dev.anchor.chaincode.domain.epcis.EpcisEventFacts;
import dev.anchor.chaincode.domain.epcis.EpcisPage;
import dev.anchor.chaincode.domain.epcis.EpcisRecord;
import dev.anchor.chaincode.domain.evidence.Evidence;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.lineage.TraceDirection;
import dev.anchor.chaincode.domain.lineage.TraceGraph;
import dev.anchor.chaincode.domain.lineage.TraceNode;
import dev.anchor.chaincode.domain.lineage.TraceStep;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.Provenance;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.recall.RecallReport;
import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.request.RequestRecord;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.chaincode.domain.unit.LogisticUnit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes Anchor writes to the ledger and answers, and the hashes of its provenance events, for representative
 * values of every written type: the expected strings were taken from the code before the wire model moved into the
 * model module (issue 14), so that a change of canonical form (member order, number or string escaping) cannot go
 * unnoticed. Events already on a ledger must keep hashing to the hash they carry.
 */
class WireFormatGoldenTest {

    private static final Instant T0 = Instant.parse("2026-11-25T15:01:58.020Z");
    private static final Instant T1 = Instant.parse("2026-11-26T08:00:00Z");
    private static final String HASH_A = "a".repeat(64);
    private static final Sha256 DOC = new Sha256("0123456789abcdef".repeat(4));
    /** Quotation mark, backslash, solidus, a control character, non-ASCII from and beyond the BMP. */
    private static final String AWKWARD = "Poire \"Williams\" \\ 1/2\tkg\n\r\b\f\u0001\u001f\u007f\u2028 é 梨 \uD83C\uDF50";

    private final CanonicalJson json = new CanonicalJson();
    private final HashChain chain = new HashChain(json);

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static PendingHandoff pending() {
        return new PendingHandoff("ManufacturerMSP", T1, "DistributorMSP", "tx-handoff");
    }

    private static BatchRecall recall(boolean acknowledged) {
        return new BatchRecall(new BatchId("PEAR-001"), "Listeria " + AWKWARD, "ManufacturerMSP", T1, "tx-recall",
                acknowledged ? "RetailerMSP" : null, acknowledged ? T1.plusSeconds(60) : null);
    }

    /** A batch with every optional member present. */
    private static Batch fullBatch() {
        return new Batch(new BatchId("PEAR-002"), "DistributorMSP", 7, new Gtin("09506000134352"), HASH_A,
                new Sscc("009506000134352008"), pending(), T0, "ManufacturerMSP", AWKWARD,
                new Quantity(new BigDecimal("123456789012345678.123450")), "Site \"North\"", "kg", new BigDecimal("0.0100"),
                recall(true), true, true);
    }

    /** A batch with every optional member absent. */
    private static Batch plainBatch() {
        return new Batch(new BatchId("PEAR-001"), "ManufacturerMSP", 1, new Gtin("09506000134352"), HASH_A, null,
                null, T0, "ManufacturerMSP", "Pears", new Quantity(new BigDecimal("12")), "Orchard", "kg");
    }

    private static ProvenanceEvent unsealed(EventType type, Map<String, Object> details) {
        return new ProvenanceEvent("ManufacturerMSP", new BatchId("PEAR-001"), EventDetails.of(details), null,
                HashChain.GENESIS, 1, T0, "tx-1", type, null);
    }

    private ProvenanceEvent productionEvent() {
        Map<String, Object> details = new TreeMap<>();
        details.put("gtin", "09506000134352");
        details.put("productName", AWKWARD);
        details.put("quantity", new BigDecimal("1200.500"));
        details.put("site", "Orchard");
        details.put("unit", "kg");
        return chain.seal(unsealed(EventType.PRODUCED, details));
    }

    /** A handoff recorded since events name the subject of the actor's certificate (escapes in the name). */
    private ProvenanceEvent actedEvent() {
        Map<String, Object> details = new TreeMap<>();
        details.put("from", "ManufacturerMSP");
        details.put("to", "DistributorMSP");
        return chain.seal(new ProvenanceEvent("ManufacturerMSP", new BatchId("PEAR-001"), EventDetails.of(details), null,
                HASH_A, 2, T1, "tx-2", EventType.HANDOFF_INITIATED,
                "CN=Quality Lead,OU=client+OU=quality,O=Anchor\\, Inc. \"Pears\",C=GB"));
    }

    private ProvenanceEvent consumptionEvent() {
        Map<String, Object> details = new TreeMap<>();
        details.put("consumed", new BigDecimal("0.000001"));
        details.put("output", "JUICE-1");
        details.put("remaining", new BigDecimal("1E+3"));
        details.put("unit", "kg");
        return chain.seal(unsealed(EventType.CONSUMED, details));
    }

    private static BatchLink link() {
        return new BatchLink(new BatchId("PEAR-001"), new BatchId("JUICE-1"), new Quantity(new BigDecimal("2.50")),
                "kg", "tx-transform");
    }

    private static LogisticUnit unit(boolean pending) {
        return new LogisticUnit(new Sscc("009506000134352008"), List.of(new BatchId("PEAR-001"),
                new BatchId("PEAR-002")), "ManufacturerMSP", T0, "ManufacturerMSP", pending ? pending() : null);
    }

    private static TraceGraph graph() {
        return new TraceGraph(new BatchId("PEAR-001"), TraceDirection.FORWARD,
                List.of(new TraceNode(plainBatch(), 0), new TraceNode(fullBatch(), 1)), List.of(link()));
    }

    private static final String CONTEXT =
            "[\"https://ref.gs1.org/standards/epcis/epcis-context.jsonld\",{\"ex\":\"https://example.com/\"}]";

    private EpcisCaptured captured(String context) {
        String document = "{\"context\":" + (context == null ? "null" : context) + ",\"events\":[{\"eventId\":\""
                + "ni:///sha-256;" + "b".repeat(64) + "?ver=CBV2.0\",\"event\":{\"type\":\"ObjectEvent\","
                + "\"eventTime\":\"2026-11-25T16:01:58.020+01:00\",\"eventTimeZoneOffset\":\"+01:00\","
                + "\"action\":\"OBSERVE\",\"bizStep\":\"shipping\",\"epcList\":[\"urn:epc:id:sgtin:9506000.134352.1\"],"
                + "\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:9506000.134352.PEAR-001\","
                + "\"quantity\":12.50,\"uom\":\"KGM\"}],\"ex:note\":\"" + "é \\u00e9 \\\" / \\/ \\uD83C\\uDF50"
                + "\",\"ex:big\":1.0E+2,\"readPoint\":{\"id\":\"urn:epc:id:sgln:9506000.13435.0\"}}}]}";
        EpcisCaptureRequest request = EpcisCaptureJson.decodeEpcisCapture(document);
        return new EpcisCaptured(request.events().get(0), EpcisEventFacts.at(T0).build(),
                new TreeSet<>(List.of("PEAR-001")), request.context(), new Submission("ManufacturerMSP", "tx-epcis", T1, null, "operator"));
    }

    /** What each shape was written as before the model module (issue 14), taken from that code's output. */
    private static final Map<String, String> GOLDEN = new LinkedHashMap<>();

    static {
        GOLDEN.put("fullBatch",
                "{\"batchId\":\"PEAR-002\",\"custodian\":\"DistributorMSP\",\"eventCount\":7,\"gtin\":\"0950600013435"
                + "2\",\"inputsLinked\":true,\"lastEventHash\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                + "aaaaaaaaaa\",\"outputsLinked\":true,\"packedIn\":\"009506000134352008\",\"pendingHandoff\":{\"from\""
                + ":\"ManufacturerMSP\",\"initiatedAt\":\"2026-11-26T08:00:00Z\",\"to\":\"DistributorMSP\",\"txId\":\"t"
                + "x-handoff\"},\"producedAt\":\"2026-11-25T15:01:58.020Z\",\"producer\":\"ManufacturerMSP\",\"productN"
                + "ame\":\"Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F\u2028 \u00E9 \u68A8 "
                + "\uD83C\uDF50\",\"quantity\":123456789012345678.12345,\"recall\":{\"acknowledgedAt\":\"2026-11-26T08:"
                + "01:00Z\",\"acknowledgedBy\":\"RetailerMSP\",\"reason\":\"Listeria Poire \\\"Williams\\\" \\\\ 1/2\\t"
                + "kg\\n\\r\\b\\f\\u0001\\u001F\u007F\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"recallOf\":\"PEAR-001\",\"re"
                + "calledAt\":\"2026-11-26T08:00:00Z\",\"recalledBy\":\"ManufacturerMSP\",\"txId\":\"tx-recall\"},\"rem"
                + "aining\":0.01,\"site\":\"Site \\\"North\\\"\",\"unit\":\"kg\"}");
        GOLDEN.put("plainBatch",
                "{\"batchId\":\"PEAR-001\",\"custodian\":\"ManufacturerMSP\",\"eventCount\":1,\"gtin\":\"095060001343"
                + "52\",\"lastEventHash\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"produc"
                + "edAt\":\"2026-11-25T15:01:58.020Z\",\"producer\":\"ManufacturerMSP\",\"productName\":\"Pears\",\"qua"
                + "ntity\":12,\"remaining\":12,\"site\":\"Orchard\",\"unit\":\"kg\"}");
        GOLDEN.put("producedEvent",
                "{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\",\"details\":{\"gtin\":\"09506000134352\",\"p"
                + "roductName\":\"Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F\u2028 \u00E9 "
                + "\u68A8 \uD83C\uDF50\",\"quantity\":1200.5,\"site\":\"Orchard\",\"unit\":\"kg\"},\"hash\":\"187551343"
                + "4ac40d0475ae5928f886206c56c7978c3c21262338603948f21c92a\",\"previousHash\":\"00000000000000000000000"
                + "00000000000000000000000000000000000000000\",\"seq\":1,\"timestamp\":\"2026-11-25T15:01:58.020Z\",\"t"
                + "xId\":\"tx-1\",\"type\":\"PRODUCED\"}");
        GOLDEN.put("producedHash",
                "1875513434ac40d0475ae5928f886206c56c7978c3c21262338603948f21c92a");
        GOLDEN.put("consumedEvent",
                "{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\",\"details\":{\"consumed\":0.000001,\"output"
                + "\":\"JUICE-1\",\"remaining\":1000,\"unit\":\"kg\"},\"hash\":\"8b7b3d0723390ee876751e28fb311aa684d4eb"
                + "589616a1512175f288ed83cb44\",\"previousHash\":\"0000000000000000000000000000000000000000000000000000"
                + "000000000000\",\"seq\":1,\"timestamp\":\"2026-11-25T15:01:58.020Z\",\"txId\":\"tx-1\",\"type\":\"CON"
                + "SUMED\"}");
        GOLDEN.put("consumedHash",
                "8b7b3d0723390ee876751e28fb311aa684d4eb589616a1512175f288ed83cb44");
        GOLDEN.put("consumedWithoutHash",
                "{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\",\"details\":{\"consumed\":0.000001,\"output"
                + "\":\"JUICE-1\",\"remaining\":1000,\"unit\":\"kg\"},\"previousHash\":\"000000000000000000000000000000"
                + "0000000000000000000000000000000000\",\"seq\":1,\"timestamp\":\"2026-11-25T15:01:58.020Z\",\"txId\":"
                + "\"tx-1\",\"type\":\"CONSUMED\"}");
        GOLDEN.put("actedEvent",
                "{\"actor\":\"ManufacturerMSP\",\"actorSubject\":\"CN=Quality Lead,OU=client+OU=quality,O=Anchor\\\\, "
                + "Inc. \\\"Pears\\\",C=GB\",\"batchId\":\"PEAR-001\",\"details\":{\"from\":\"ManufacturerMSP\",\"to\":"
                + "\"DistributorMSP\"},\"hash\":\"62556ecea7d0ba9223254a26acd83422b6e702ea736258ee041a70807155f932\","
                + "\"previousHash\":\"" + HASH_A + "\",\"seq\":2,\"timestamp\":\"2026-11-26T08:00:00Z\",\"txId\":\"tx-2\","
                + "\"type\":\"HANDOFF_INITIATED\"}");
        GOLDEN.put("actedHash",
                "62556ecea7d0ba9223254a26acd83422b6e702ea736258ee041a70807155f932");
        GOLDEN.put("actedWithoutHash",
                "{\"actor\":\"ManufacturerMSP\",\"actorSubject\":\"CN=Quality Lead,OU=client+OU=quality,O=Anchor\\\\, "
                + "Inc. \\\"Pears\\\",C=GB\",\"batchId\":\"PEAR-001\",\"details\":{\"from\":\"ManufacturerMSP\",\"to\":"
                + "\"DistributorMSP\"},\"previousHash\":\"" + HASH_A + "\",\"seq\":2,\"timestamp\":\"2026-11-26T08:00:00Z\","
                + "\"txId\":\"tx-2\",\"type\":\"HANDOFF_INITIATED\"}");
        GOLDEN.put("provenance",
                "{\"batchId\":\"PEAR-001\",\"events\":[{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\",\"deta"
                + "ils\":{\"gtin\":\"09506000134352\",\"productName\":\"Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\"
                + "f\\u0001\\u001F\u007F\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"quantity\":1200.5,\"site\":\"Orchard\",\""
                + "unit\":\"kg\"},\"hash\":\"1875513434ac40d0475ae5928f886206c56c7978c3c21262338603948f21c92a\",\"previ"
                + "ousHash\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"seq\":1,\"timestamp"
                + "\":\"2026-11-25T15:01:58.020Z\",\"txId\":\"tx-1\",\"type\":\"PRODUCED\"},{\"actor\":\"ManufacturerMS"
                + "P\",\"batchId\":\"PEAR-001\",\"details\":{\"consumed\":0.000001,\"output\":\"JUICE-1\",\"remaining\""
                + ":1000,\"unit\":\"kg\"},\"hash\":\"8b7b3d0723390ee876751e28fb311aa684d4eb589616a1512175f288ed83cb44\""
                + ",\"previousHash\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"seq\":1,\"t"
                + "imestamp\":\"2026-11-25T15:01:58.020Z\",\"txId\":\"tx-1\",\"type\":\"CONSUMED\"}]}");
        GOLDEN.put("unit",
                "{\"batches\":[\"PEAR-001\",\"PEAR-002\"],\"custodian\":\"ManufacturerMSP\",\"packedAt\":\"2026-11-25"
                + "T15:01:58.020Z\",\"packedBy\":\"ManufacturerMSP\",\"pendingHandoff\":{\"from\":\"ManufacturerMSP\","
                + "\"initiatedAt\":\"2026-11-26T08:00:00Z\",\"to\":\"DistributorMSP\",\"txId\":\"tx-handoff\"},\"sscc\""
                + ":\"009506000134352008\"}");
        GOLDEN.put("plainUnit",
                "{\"batches\":[\"PEAR-001\",\"PEAR-002\"],\"custodian\":\"ManufacturerMSP\",\"packedAt\":\"2026-11-25"
                + "T15:01:58.020Z\",\"packedBy\":\"ManufacturerMSP\",\"sscc\":\"009506000134352008\"}");
        GOLDEN.put("unitEvents",
                "{\"events\":[{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\",\"details\":{\"gtin\":\"0950600"
                + "0134352\",\"productName\":\"Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F"
                + "\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"quantity\":1200.5,\"site\":\"Orchard\",\"unit\":\"kg\"},\"hash"
                + "\":\"1875513434ac40d0475ae5928f886206c56c7978c3c21262338603948f21c92a\",\"previousHash\":\"000000000"
                + "0000000000000000000000000000000000000000000000000000000\",\"seq\":1,\"timestamp\":\"2026-11-25T15:01"
                + ":58.020Z\",\"txId\":\"tx-1\",\"type\":\"PRODUCED\"},{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEA"
                + "R-001\",\"details\":{\"consumed\":0.000001,\"output\":\"JUICE-1\",\"remaining\":1000,\"unit\":\"kg\""
                + "},\"hash\":\"8b7b3d0723390ee876751e28fb311aa684d4eb589616a1512175f288ed83cb44\",\"previousHash\":\"0"
                + "000000000000000000000000000000000000000000000000000000000000000\",\"seq\":1,\"timestamp\":\"2026-11-"
                + "25T15:01:58.020Z\",\"txId\":\"tx-1\",\"type\":\"CONSUMED\"}],\"sscc\":\"009506000134352008\"}");
        GOLDEN.put("holdingsPage",
                "{\"bookmark\":\"bm-1\",\"items\":[{\"batch\":{\"batchId\":\"PEAR-001\",\"custodian\":\"ManufacturerM"
                + "SP\",\"eventCount\":1,\"gtin\":\"09506000134352\",\"lastEventHash\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"producedAt\":\"2026-11-25T15:01:58.020Z\",\"producer\":\"Manu"
                + "facturerMSP\",\"productName\":\"Pears\",\"quantity\":12,\"remaining\":12,\"site\":\"Orchard\",\"unit"
                + "\":\"kg\"}},{\"unit\":{\"batches\":[\"PEAR-001\",\"PEAR-002\"],\"custodian\":\"ManufacturerMSP\",\"p"
                + "ackedAt\":\"2026-11-25T15:01:58.020Z\",\"packedBy\":\"ManufacturerMSP\",\"pendingHandoff\":{\"from\""
                + ":\"ManufacturerMSP\",\"initiatedAt\":\"2026-11-26T08:00:00Z\",\"to\":\"DistributorMSP\",\"txId\":\"t"
                + "x-handoff\"},\"sscc\":\"009506000134352008\"}}]}");
        GOLDEN.put("lastHoldingsPage",
                "{\"items\":[]}");
        GOLDEN.put("link",
                "{\"input\":\"PEAR-001\",\"output\":\"JUICE-1\",\"quantity\":2.5,\"txId\":\"tx-transform\",\"unit\":"
                + "\"kg\"}");
        GOLDEN.put("outputLink",
                "{\"input\":\"PEAR-001\",\"output\":\"JUICE-1\",\"outputState\":{\"batchId\":\"PEAR-002\",\"custodian"
                + "\":\"DistributorMSP\",\"eventCount\":7,\"gtin\":\"09506000134352\",\"inputsLinked\":true,\"lastEvent"
                + "Hash\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"outputsLinked\":true,"
                + "\"packedIn\":\"009506000134352008\",\"pendingHandoff\":{\"from\":\"ManufacturerMSP\",\"initiatedAt\""
                + ":\"2026-11-26T08:00:00Z\",\"to\":\"DistributorMSP\",\"txId\":\"tx-handoff\"},\"producedAt\":\"2026-1"
                + "1-25T15:01:58.020Z\",\"producer\":\"ManufacturerMSP\",\"productName\":\"Poire \\\"Williams\\\" \\\\ "
                + "1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"quantity\":12345678901"
                + "2345678.12345,\"recall\":{\"acknowledgedAt\":\"2026-11-26T08:01:00Z\",\"acknowledgedBy\":\"RetailerM"
                + "SP\",\"reason\":\"Listeria Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F"
                + "\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"recallOf\":\"PEAR-001\",\"recalledAt\":\"2026-11-26T08:00:00Z"
                + "\",\"recalledBy\":\"ManufacturerMSP\",\"txId\":\"tx-recall\"},\"remaining\":0.01,\"site\":\"Site \\"
                + "\"North\\\"\",\"unit\":\"kg\"},\"quantity\":2.5,\"txId\":\"tx-transform\",\"unit\":\"kg\"}");
        GOLDEN.put("bareOutputLink",
                "{\"input\":\"PEAR-001\",\"output\":\"JUICE-1\",\"quantity\":2.5,\"txId\":\"tx-transform\",\"unit\":"
                + "\"kg\"}");
        GOLDEN.put("evidence",
                "{\"attachedAt\":\"2026-11-25T15:01:58.020Z\",\"attachedBy\":\"ManufacturerMSP\",\"batchId\":\"PEAR-0"
                + "01\",\"mediaType\":\"application/pdf\",\"sha256\":\"0123456789abcdef0123456789abcdef0123456789abcdef"
                + "0123456789abcdef\",\"size\":123456789,\"txId\":\"tx-evidence\",\"uri\":\"https://example.com/docs/ce"
                + "rt.pdf?a=1&b=\u00E9\"}");
        GOLDEN.put("evidenceWithoutUri",
                "{\"attachedAt\":\"2026-11-25T15:01:58.020Z\",\"attachedBy\":\"ManufacturerMSP\",\"batchId\":\"PEAR-0"
                + "01\",\"mediaType\":\"text/plain\",\"sha256\":\"0123456789abcdef0123456789abcdef0123456789abcdef01234"
                + "56789abcdef\",\"size\":0,\"txId\":\"tx-evidence\"}");
        GOLDEN.put("epcisRecord",
                "{\"capturedAt\":\"2026-11-26T08:00:00Z\",\"capturedBy\":\"ManufacturerMSP\",\"context\":[\"https://r"
                + "ef.gs1.org/standards/epcis/epcis-context.jsonld\",{\"ex\":\"https://example.com/\"}],\"event\":{\"ac"
                + "tion\":\"OBSERVE\",\"bizStep\":\"shipping\",\"epcList\":[\"urn:epc:id:sgtin:9506000.134352.1\"],\"ev"
                + "entTime\":\"2026-11-25T16:01:58.020+01:00\",\"eventTimeZoneOffset\":\"+01:00\",\"ex:big\":100,\"ex:n"
                + "ote\":\"\u00E9 \u00E9 \\\" / / \uD83C\uDF50\",\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:"
                + "9506000.134352.PEAR-001\",\"quantity\":12.5,\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\"urn:epc:id:sgl"
                + "n:9506000.13435.0\"},\"type\":\"ObjectEvent\"},\"eventId\":\"ni:///sha-256;bbbbbbbbbbbbbbbbbbbbbbbbb"
                + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb?ver=CBV2.0\",\"txId\":\"tx-epcis\"}");
        GOLDEN.put("epcisRecordWithoutContext",
                "{\"capturedAt\":\"2026-11-26T08:00:00Z\",\"capturedBy\":\"ManufacturerMSP\",\"event\":{\"action\":\""
                + "OBSERVE\",\"bizStep\":\"shipping\",\"epcList\":[\"urn:epc:id:sgtin:9506000.134352.1\"],\"eventTime\""
                + ":\"2026-11-25T16:01:58.020+01:00\",\"eventTimeZoneOffset\":\"+01:00\",\"ex:big\":100,\"ex:note\":\""
                + "\u00E9 \u00E9 \\\" / / \uD83C\uDF50\",\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:9506000."
                + "134352.PEAR-001\",\"quantity\":12.5,\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\"urn:epc:id:sgln:950600"
                + "0.13435.0\"},\"type\":\"ObjectEvent\"},\"eventId\":\"ni:///sha-256;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
                + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb?ver=CBV2.0\",\"txId\":\"tx-epcis\"}");
        GOLDEN.put("captureResult",
                "{\"duplicates\":[\"ni:0\"],\"links\":[{\"input\":\"PEAR-001\",\"output\":\"JUICE-1\",\"quantity\":2."
                + "5,\"txId\":\"tx-transform\",\"unit\":\"kg\"}],\"recorded\":[\"ni:1\",\"ni:2\"]}");
        GOLDEN.put("trace",
                "{\"direction\":\"forward\",\"edges\":[{\"input\":\"PEAR-001\",\"output\":\"JUICE-1\",\"quantity\":2."
                + "5,\"txId\":\"tx-transform\",\"unit\":\"kg\"}],\"nodes\":[{\"batchId\":\"PEAR-001\",\"custodian\":\"M"
                + "anufacturerMSP\",\"depth\":0,\"gtin\":\"09506000134352\",\"productName\":\"Pears\",\"quantity\":12,"
                + "\"remaining\":12,\"unit\":\"kg\"},{\"batchId\":\"PEAR-002\",\"custodian\":\"DistributorMSP\",\"depth"
                + "\":1,\"gtin\":\"09506000134352\",\"packedIn\":\"009506000134352008\",\"pendingTo\":\"DistributorMSP"
                + "\",\"productName\":\"Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F\u2028 "
                + "\u00E9 \u68A8 \uD83C\uDF50\",\"quantity\":123456789012345678.12345,\"recall\":{\"acknowledgedAt\":\""
                + "2026-11-26T08:01:00Z\",\"acknowledgedBy\":\"RetailerMSP\",\"reason\":\"Listeria Poire \\\"Williams\\"
                + "\" \\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"recallOf\":\"P"
                + "EAR-001\",\"recalledAt\":\"2026-11-26T08:00:00Z\",\"recalledBy\":\"ManufacturerMSP\",\"txId\":\"tx-r"
                + "ecall\"},\"remaining\":0.01,\"unit\":\"kg\"}],\"root\":\"PEAR-001\"}");
        GOLDEN.put("recallReport",
                "{\"affected\":[{\"batchId\":\"PEAR-001\",\"custodian\":\"ManufacturerMSP\",\"depth\":0,\"gtin\":\"09"
                + "506000134352\",\"productName\":\"Pears\",\"quantity\":12,\"remaining\":12,\"unit\":\"kg\"},{\"batchI"
                + "d\":\"PEAR-002\",\"custodian\":\"DistributorMSP\",\"depth\":1,\"gtin\":\"09506000134352\",\"packedIn"
                + "\":\"009506000134352008\",\"pendingTo\":\"DistributorMSP\",\"productName\":\"Poire \\\"Williams\\\" "
                + "\\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"quantity\":123456"
                + "789012345678.12345,\"recall\":{\"acknowledgedAt\":\"2026-11-26T08:01:00Z\",\"acknowledgedBy\":\"Reta"
                + "ilerMSP\",\"reason\":\"Listeria Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\f\\u0001\\u001F\u007F"
                + "\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"recallOf\":\"PEAR-001\",\"recalledAt\":\"2026-11-26T08:00:00Z"
                + "\",\"recalledBy\":\"ManufacturerMSP\",\"txId\":\"tx-recall\"},\"remaining\":0.01,\"unit\":\"kg\"}],"
                + "\"edges\":[{\"input\":\"PEAR-001\",\"output\":\"JUICE-1\",\"quantity\":2.5,\"txId\":\"tx-transform\""
                + ",\"unit\":\"kg\"}],\"recall\":{\"reason\":\"Listeria Poire \\\"Williams\\\" \\\\ 1/2\\tkg\\n\\r\\b\\"
                + "f\\u0001\\u001F\u007F\u2028 \u00E9 \u68A8 \uD83C\uDF50\",\"recallOf\":\"PEAR-001\",\"recalledAt\":\""
                + "2026-11-26T08:00:00Z\",\"recalledBy\":\"ManufacturerMSP\",\"txId\":\"tx-recall\"}}");
        GOLDEN.put("request",
                "{\"fingerprint\":\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\",\"function\":"
                + "\"RecordProduction\",\"requestId\":\"req-1\",\"result\":\"{\\\"batchId\\\":\\\"PEAR-001\\\",\\\"cust"
                + "odian\\\":\\\"ManufacturerMSP\\\",\\\"eventCount\\\":1,\\\"gtin\\\":\\\"09506000134352\\\",\\\"lastE"
                + "ventHash\\\":\\\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\\",\\\"producedAt"
                + "\\\":\\\"2026-11-25T15:01:58.020Z\\\",\\\"producer\\\":\\\"ManufacturerMSP\\\",\\\"productName\\\":"
                + "\\\"Pears\\\",\\\"quantity\\\":12,\\\"remaining\\\":12,\\\"site\\\":\\\"Orchard\\\",\\\"unit\\\":\\"
                + "\"kg\\\"}\",\"timestamp\":\"2026-11-25T15:01:58.020Z\",\"txId\":\"tx-1\"}");
        GOLDEN.put("epcisPage",
                "{\"bookmark\":\"bm-2\",\"events\":[{\"capturedAt\":\"2026-11-26T08:00:00Z\",\"capturedBy\":\"Manufac"
                + "turerMSP\",\"event\":{\"action\":\"OBSERVE\",\"bizStep\":\"shipping\",\"epcList\":[\"urn:epc:id:sgti"
                + "n:9506000.134352.1\"],\"eventTime\":\"2026-11-25T16:01:58.020+01:00\",\"eventTimeZoneOffset\":\"+01:"
                + "00\",\"ex:big\":100,\"ex:note\":\"\u00E9 \u00E9 \\\" / / \uD83C\uDF50\",\"quantityList\":[{\"epcClas"
                + "s\":\"urn:epc:class:lgtin:9506000.134352.PEAR-001\",\"quantity\":12.5,\"uom\":\"KGM\"}],\"readPoint"
                + "\":{\"id\":\"urn:epc:id:sgln:9506000.13435.0\"},\"type\":\"ObjectEvent\"},\"eventId\":\"ni:///sha-25"
                + "6;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb?ver=CBV2.0\",\"txId\":\"tx-epcis"
                + "\"},{\"capturedAt\":\"2026-11-26T08:00:00Z\",\"capturedBy\":\"ManufacturerMSP\",\"event\":{\"action"
                + "\":\"OBSERVE\",\"bizStep\":\"shipping\",\"epcList\":[\"urn:epc:id:sgtin:9506000.134352.1\"],\"eventT"
                + "ime\":\"2026-11-25T16:01:58.020+01:00\",\"eventTimeZoneOffset\":\"+01:00\",\"ex:big\":100,\"ex:note"
                + "\":\"\u00E9 \u00E9 \\\" / / \uD83C\uDF50\",\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:950"
                + "6000.134352.PEAR-001\",\"quantity\":12.5,\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\"urn:epc:id:sgln:9"
                + "506000.13435.0\"},\"type\":\"ObjectEvent\"},\"eventId\":\"ni:///sha-256;bbbbbbbbbbbbbbbbbbbbbbbbbbbb"
                + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb?ver=CBV2.0\",\"txId\":\"tx-epcis\"}]}");
        GOLDEN.put("epcisEventsOfBatch",
                "{\"batchId\":\"PEAR-001\",\"events\":[{\"capturedAt\":\"2026-11-26T08:00:00Z\",\"capturedBy\":\"Manu"
                + "facturerMSP\",\"event\":{\"action\":\"OBSERVE\",\"bizStep\":\"shipping\",\"epcList\":[\"urn:epc:id:s"
                + "gtin:9506000.134352.1\"],\"eventTime\":\"2026-11-25T16:01:58.020+01:00\",\"eventTimeZoneOffset\":\"+"
                + "01:00\",\"ex:big\":100,\"ex:note\":\"\u00E9 \u00E9 \\\" / / \uD83C\uDF50\",\"quantityList\":[{\"epcC"
                + "lass\":\"urn:epc:class:lgtin:9506000.134352.PEAR-001\",\"quantity\":12.5,\"uom\":\"KGM\"}],\"readPoi"
                + "nt\":{\"id\":\"urn:epc:id:sgln:9506000.13435.0\"},\"type\":\"ObjectEvent\"},\"eventId\":\"ni:///sha-"
                + "256;bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb?ver=CBV2.0\",\"txId\":\"tx-epci"
                + "s\"}]}");
    }

    /** Every written shape, by the names of {@link #GOLDEN}. */
    private Map<String, byte[]> written() {
        ProvenanceEvent produced = productionEvent();
        ProvenanceEvent consumed = consumptionEvent();
        Map<String, byte[]> written = new LinkedHashMap<>();
        written.put("fullBatch", CustodyJson.encodeBatch(fullBatch()));
        written.put("plainBatch", CustodyJson.encodeBatch(plainBatch()));
        written.put("producedEvent", ProvenanceJson.encodeEvent(produced));
        written.put("producedHash", produced.hash().getBytes(StandardCharsets.UTF_8));
        written.put("consumedEvent", ProvenanceJson.encodeEvent(consumed));
        written.put("consumedHash", consumed.hash().getBytes(StandardCharsets.UTF_8));
        written.put("consumedWithoutHash", json.withoutHash(consumed));
        ProvenanceEvent acted = actedEvent();
        written.put("actedEvent", ProvenanceJson.encodeEvent(acted));
        written.put("actedHash", acted.hash().getBytes(StandardCharsets.UTF_8));
        written.put("actedWithoutHash", json.withoutHash(acted));
        written.put("provenance", ProvenanceJson.encodeProvenance(
                new Provenance(new BatchId("PEAR-001"), List.of(produced, consumed))));
        written.put("unit", UnitJson.encodeUnit(unit(true)));
        written.put("plainUnit", UnitJson.encodeUnit(unit(false)));
        written.put("unitEvents", UnitJson.encodeUnitEvents(new Sscc("009506000134352008"), List.of(produced, consumed)));
        written.put("holdingsPage", CustodyJson.encodeHoldingsPage(
                new HoldingsPage(List.of(plainBatch(), unit(true)), "bm-1")));
        written.put("lastHoldingsPage", CustodyJson.encodeHoldingsPage(new HoldingsPage(List.of(), "")));
        written.put("link", LineageJson.encodeLink(link()));
        written.put("outputLink", LineageJson.encodeOutputLink(link(), fullBatch()));
        written.put("bareOutputLink", LineageJson.encodeOutputLink(link(), null));
        written.put("evidence", EvidenceJson.encodeEvidence(evidence()));
        written.put("evidenceWithoutUri", EvidenceJson.encodeEvidence(new Evidence(new BatchId("PEAR-001"), DOC,
                "text/plain", 0L, null, "ManufacturerMSP", T0, "tx-evidence")));
        written.put("epcisRecord", EpcisCaptureJson.encodeEpcisRecord(captured(CONTEXT)));
        written.put("epcisRecordWithoutContext", EpcisCaptureJson.encodeEpcisRecord(captured(null)));
        written.put("captureResult", EpcisCaptureJson.encodeEpcisCaptureResult(
                new EpcisCaptureResult(List.of("ni:1", "ni:2"), List.of("ni:0"), List.of(link()))));
        written.put("trace", LineageJson.encodeTrace(graph()));
        written.put("recallReport", RecallJson.encodeRecallReport(new RecallReport(recall(false), graph())));
        written.put("request", RequestJson.encodeRequest(request()));
        EpcisRecord stored = EpcisQueryJson.decodeEpcisRecord(EpcisCaptureJson.encodeEpcisRecord(captured(null)));
        written.put("epcisPage", EpcisQueryJson.encodeEpcisPage(new EpcisPage(List.of(stored, stored), "bm-2")));
        written.put("epcisEventsOfBatch", EpcisQueryJson.encodeEpcisEventsOfBatch(new BatchId("PEAR-001"),
                List.of(stored)));
        return written;
    }

    @Test
    void everyWrittenShapeKeepsItsBytesAndEveryEventItsHash() {
        Map<String, byte[]> written = written();

        assertThat(written.keySet()).containsExactlyElementsOf(GOLDEN.keySet());
        GOLDEN.forEach((name, expected) -> assertThat(text(written.get(name))).as(name).isEqualTo(expected));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameValue() {
        assertThat(CustodyJson.decodeBatch(CustodyJson.encodeBatch(fullBatch()))).isEqualTo(fullBatch());
        assertThat(CustodyJson.decodeBatch(CustodyJson.encodeBatch(plainBatch()))).isEqualTo(plainBatch());
        ProvenanceEvent consumed = consumptionEvent();
        ProvenanceEvent read = ProvenanceJson.decodeEvent(ProvenanceJson.encodeEvent(consumed));
        assertThat(read).isEqualTo(consumed);
        assertThat(chain.hashOf(read)).isEqualTo(consumed.hash());
        ProvenanceEvent acted = actedEvent();
        assertThat(ProvenanceJson.decodeEvent(ProvenanceJson.encodeEvent(acted))).isEqualTo(acted);
        assertThat(chain.verifies(List.of(productionEvent()))).isTrue();
        assertThat(UnitJson.decodeUnit(UnitJson.encodeUnit(unit(true)))).isEqualTo(unit(true));
        assertThat(LineageJson.decodeLink(LineageJson.encodeLink(link()))).isEqualTo(link());
        assertThat(LineageJson.decodeOutputLink(LineageJson.encodeOutputLink(link(), fullBatch())))
                .isEqualTo(new TraceStep(link(), fullBatch()));
        assertThat(EvidenceJson.decodeEvidence(EvidenceJson.encodeEvidence(evidence()))).isEqualTo(evidence());
        assertThat(RequestJson.decodeRequest(RequestJson.encodeRequest(request()))).isEqualTo(request());
    }

    private static Evidence evidence() {
        return new Evidence(new BatchId("PEAR-001"), DOC, "application/pdf", 123456789L,
                "https://example.com/docs/cert.pdf?a=1&b=\u00E9", "ManufacturerMSP", T0, "tx-evidence");
    }

    private static RequestRecord request() {
        return new RequestRecord(new RequestId("req-1"), "RecordProduction", DOC, "tx-1", T0,
                text(CustodyJson.encodeBatch(plainBatch())));
    }
}
