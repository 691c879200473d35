package dev.anchor.chaincode.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchRecall;
import dev.anchor.chaincode.domain.custody.Holding;
import dev.anchor.chaincode.domain.custody.HoldingsPage;
import dev.anchor.chaincode.domain.custody.PendingHandoff;
import dev.anchor.chaincode.domain.epcis.EpcisCaptureRequest;
import dev.anchor.chaincode.domain.epcis.EpcisCaptureResult;
import dev.anchor.chaincode.domain.epcis.EpcisCaptured;
import dev.anchor.chaincode.domain.epcis.EpcisEvent;
import dev.anchor.chaincode.domain.epcis.EpcisEventFacts;
import dev.anchor.chaincode.domain.epcis.EpcisPage;
import dev.anchor.chaincode.domain.epcis.EpcisQuantity;
import dev.anchor.chaincode.domain.epcis.EpcisQuery;
import dev.anchor.chaincode.domain.epcis.EpcisRecord;
import dev.anchor.chaincode.domain.epcis.EpcisTime;
import dev.anchor.chaincode.domain.evidence.Evidence;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.lineage.Consumption;
import dev.anchor.chaincode.domain.lineage.TraceGraph;
import dev.anchor.chaincode.domain.lineage.TraceNode;
import dev.anchor.chaincode.domain.lineage.TraceStep;
import dev.anchor.chaincode.domain.provenance.EventCanonicalForm;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.chaincode.domain.provenance.EventType;
import dev.anchor.chaincode.domain.provenance.Provenance;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.recall.RecallReport;
import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.request.RequestRecord;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.ErrorCode;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.unit.LogisticUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place that writes and reads Anchor's JSON. Output is canonical (data-model.md): UTF-8,
 * members sorted by key with {@link String#compareTo} at every depth, no whitespace, null members
 * left out, decimals in plain notation without trailing zeros. Strings are raw UTF-8 (characters
 * outside the BMP too); only quotation marks, backslashes and control characters are escaped.
 */
public final class CanonicalJson implements EventCanonicalForm {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    // ---- domain to JSON ------------------------------------------------------------------

    public byte[] encodeBatch(Batch batch) {
        return encode(batchNode(batch));
    }

    /** The event as stored and announced, with its hash. */
    public byte[] encodeEvent(ProvenanceEvent event) {
        return encode(eventNode(event));
    }

    @Override
    public byte[] withoutHash(ProvenanceEvent event) {
        ObjectNode node = eventNode(event);
        node.remove("hash");
        return encode(node);
    }

    /** The answer of GetProvenance: {@code {"batchId":…,"events":[…]}}, events oldest first. */
    public byte[] encodeProvenance(Provenance provenance) {
        ObjectNode node = NODES.objectNode();
        node.put("batchId", provenance.batchId().value());
        ArrayNode events = node.putArray("events");
        provenance.events().forEach(event -> events.add(eventNode(event)));
        return encode(node);
    }

    /** A logistic unit: {@code {"batches":[…],"custodian":…,"packedAt":…,"packedBy":…,"pendingHandoff":…,"sscc":…}}. */
    public byte[] encodeUnit(LogisticUnit unit) {
        return encode(unitNode(unit));
    }

    /**
     * The chaincode event of a transaction on a logistic unit: {@code {"events":[…],"sscc":…}}, the
     * provenance events it appended (one per batch, in batch id order) exactly as stored.
     */
    public byte[] encodeUnitEvents(Sscc sscc, List<ProvenanceEvent> events) {
        ObjectNode node = NODES.objectNode();
        ArrayNode array = node.putArray("events");
        events.forEach(event -> array.add(eventNode(event)));
        node.put("sscc", sscc.value());
        return encode(node);
    }

    /** A page of holdings: {@code {"bookmark":…,"items":[{"batch":{…}},{"unit":{…}}]}}, no bookmark on the last page. */
    public byte[] encodeHoldingsPage(HoldingsPage page) {
        ObjectNode node = NODES.objectNode();
        if (!page.bookmark().isEmpty()) {
            node.put("bookmark", page.bookmark());
        }
        ArrayNode items = node.putArray("items");
        for (Holding holding : page.items()) {
            ObjectNode item = items.addObject();
            if (holding instanceof Batch batch) {
                item.set("batch", batchNode(batch));
            } else if (holding instanceof LogisticUnit unit) {
                item.set("unit", unitNode(unit));
            }
        }
        return encode(node);
    }

    private static ObjectNode unitNode(LogisticUnit unit) {
        ObjectNode node = NODES.objectNode();
        ArrayNode batches = node.putArray("batches");
        unit.batches().forEach(id -> batches.add(id.value()));
        node.put("custodian", unit.custodian());
        node.put("packedAt", unit.packedAt().toString());
        node.put("packedBy", unit.packedBy());
        unit.pending().ifPresent(handoff -> node.set("pendingHandoff", pendingNode(handoff)));
        node.put("sscc", unit.sscc().value());
        return node;
    }

    private static ObjectNode pendingNode(PendingHandoff handoff) {
        ObjectNode pending = NODES.objectNode();
        pending.put("from", handoff.from());
        pending.put("initiatedAt", handoff.initiatedAt().toString());
        pending.put("to", handoff.to());
        pending.put("txId", handoff.txId());
        return pending;
    }

    private static ObjectNode batchNode(Batch batch) {
        ObjectNode node = NODES.objectNode();
        node.put("batchId", batch.batchId().value());
        node.put("custodian", batch.custodian());
        node.put("eventCount", batch.eventCount());
        node.put("gtin", batch.gtin().value());
        if (batch.inputsLinked()) {
            node.put("inputsLinked", true);
        }
        node.put("lastEventHash", batch.lastEventHash());
        if (batch.outputsLinked()) {
            node.put("outputsLinked", true);
        }
        batch.packed().ifPresent(sscc -> node.put("packedIn", sscc.value()));
        batch.pending().ifPresent(handoff -> node.set("pendingHandoff", pendingNode(handoff)));
        node.put("producedAt", batch.producedAt().toString());
        node.put("producer", batch.producer());
        node.put("productName", batch.productName());
        node.put("quantity", batch.quantity().value());
        batch.recalled().ifPresent(recall -> node.set("recall", recallNode(recall)));
        node.put("remaining", batch.remaining());
        node.put("site", batch.site());
        node.put("unit", batch.unit());
        return node;
    }

    private static ObjectNode recallNode(BatchRecall recall) {
        ObjectNode node = NODES.objectNode();
        recall.acknowledgement().ifPresent(at -> node.put("acknowledgedAt", at.toString()));
        node.put("acknowledgedBy", recall.acknowledgedBy());
        node.put("reason", recall.reason());
        node.put("recallOf", recall.recallOf().value());
        node.put("recalledAt", recall.recalledAt().toString());
        node.put("recalledBy", recall.recalledBy());
        node.put("txId", recall.txId());
        return node;
    }

    /** The value of a link's key under its output ({@code input}+output+input). */
    public byte[] encodeLink(BatchLink link) {
        return encode(linkNode(link));
    }

    /**
     * The value of a link's key under its input ({@code output}+input+output): the link and, as {@code outputState},
     * the output batch's current state ({@code output} null: the link alone, until the output is written).
     */
    public byte[] encodeOutputLink(BatchLink link, Batch output) {
        ObjectNode node = linkNode(link);
        if (output != null) {
            node.set("outputState", batchNode(output));
        }
        return encode(node);
    }

    private static ObjectNode linkNode(BatchLink link) {
        ObjectNode node = NODES.objectNode();
        node.put("input", link.input().value());
        node.put("output", link.output().value());
        node.put("quantity", link.quantity().value());
        node.put("txId", link.txId());
        node.put("unit", link.unit());
        return node;
    }

    public byte[] encodeEvidence(Evidence evidence) {
        ObjectNode node = NODES.objectNode();
        node.put("attachedAt", evidence.attachedAt().toString());
        node.put("attachedBy", evidence.attachedBy());
        node.put("batchId", evidence.batchId().value());
        node.put("mediaType", evidence.mediaType());
        node.put("sha256", evidence.sha256().value());
        node.put("size", evidence.size());
        node.put("txId", evidence.txId());
        node.put("uri", evidence.uri());
        return encode(node);
    }

    /**
     * The record of a captured EPCIS event (value of {@code epcis}+eventId): {@code {"capturedAt":…,"capturedBy":…,
     * "context":…,"event":{…},"eventId":…,"txId":…}}, the event whole as captured, {@code context} absent when the
     * document had none.
     */
    public byte[] encodeEpcisRecord(EpcisCaptured captured) {
        ObjectNode node = NODES.objectNode();
        node.put("capturedAt", captured.submission().timestamp().toString());
        node.put("capturedBy", captured.submission().callerMspId());
        if (captured.context() != null) {
            node.set("context", parse(captured.context().getBytes(StandardCharsets.UTF_8)));
        }
        node.set("event", parse(captured.event().json().getBytes(StandardCharsets.UTF_8)));
        node.put("eventId", captured.event().eventId());
        node.put("txId", captured.submission().txId());
        return encode(node);
    }

    /** The answer of CaptureEpcisEvents: {@code {"duplicates":[ids],"links":[links],"recorded":[ids]}}. */
    public byte[] encodeEpcisCaptureResult(EpcisCaptureResult result) {
        ObjectNode node = NODES.objectNode();
        ArrayNode duplicates = node.putArray("duplicates");
        result.duplicates().forEach(duplicates::add);
        ArrayNode links = node.putArray("links");
        result.links().forEach(link -> links.add(linkNode(link)));
        ArrayNode recorded = node.putArray("recorded");
        result.recorded().forEach(recorded::add);
        return encode(node);
    }

    /**
     * The answer of a trace: {@code {"direction":"back"|"forward","edges":[…],"nodes":[…],"root":…}}; each node is
     * the batch's id, product, quantities, custodian, pending recipient and recall, with its depth from the root.
     */
    public byte[] encodeTrace(TraceGraph graph) {
        ObjectNode node = NODES.objectNode();
        node.put("direction", graph.direction().name().toLowerCase(Locale.ROOT));
        node.put("root", graph.root().value());
        node.set("nodes", traceNodes(graph));
        node.set("edges", traceEdges(graph));
        return encode(node);
    }

    /** The answer of GetRecallReport: {@code {"affected":[…],"edges":[…],"recall":{…}}}, nodes as in a trace. */
    public byte[] encodeRecallReport(RecallReport report) {
        ObjectNode node = NODES.objectNode();
        node.set("recall", recallNode(report.recall()));
        node.set("affected", traceNodes(report.affected()));
        node.set("edges", traceEdges(report.affected()));
        return encode(node);
    }

    private static ArrayNode traceNodes(TraceGraph graph) {
        ArrayNode nodes = NODES.arrayNode();
        for (TraceNode traced : graph.nodes()) {
            Batch batch = traced.batch();
            ObjectNode node = nodes.addObject();
            node.put("batchId", batch.batchId().value());
            node.put("custodian", batch.custodian());
            node.put("depth", traced.depth());
            node.put("gtin", batch.gtin().value());
            batch.packed().ifPresent(unit -> node.put("packedIn", unit.value()));
            batch.pending().ifPresent(pending -> node.put("pendingTo", pending.to()));
            node.put("productName", batch.productName());
            node.put("quantity", batch.quantity().value());
            batch.recalled().ifPresent(recall -> node.set("recall", recallNode(recall)));
            node.put("remaining", batch.remaining());
            node.put("unit", batch.unit());
        }
        return nodes;
    }

    private static ArrayNode traceEdges(TraceGraph graph) {
        ArrayNode edges = NODES.arrayNode();
        graph.edges().forEach(link -> edges.add(linkNode(link)));
        return edges;
    }

    private static ObjectNode eventNode(ProvenanceEvent event) {
        ObjectNode node = NODES.objectNode();
        node.put("actor", event.actor());
        node.put("batchId", event.batchId().value());
        ObjectNode details = node.putObject("details");
        event.details().asMap().forEach((name, value) -> {
            if (value instanceof BigDecimal decimal) {
                details.put(name, decimal);
            } else {
                details.put(name, (String) value);
            }
        });
        node.put("hash", event.hash());
        node.put("previousHash", event.previousHash());
        node.put("seq", event.seq());
        node.put("timestamp", event.timestamp().toString());
        node.put("txId", event.txId());
        node.put("type", event.type().name());
        return node;
    }

    // ---- JSON to domain ------------------------------------------------------------------

    public Batch decodeBatch(byte[] json) {
        return batch(parse(json));
    }

    private static Batch batch(JsonNode node) {
        JsonNode packedIn = node.get("packedIn");
        return new Batch(
                new BatchId(text(node, "batchId")),
                text(node, "custodian"),
                required(node, "eventCount").intValue(),
                new Gtin(text(node, "gtin")),
                text(node, "lastEventHash"),
                packedIn == null || packedIn.isNull() ? null : new Sscc(packedIn.asText()),
                pending(node),
                Instant.parse(text(node, "producedAt")),
                text(node, "producer"),
                text(node, "productName"),
                new Quantity(required(node, "quantity").decimalValue()),
                text(node, "site"),
                text(node, "unit"),
                node.hasNonNull("remaining") ? node.get("remaining").decimalValue() : null,
                node.hasNonNull("recall") ? decodeRecall(node.get("recall")) : null,
                node.path("outputsLinked").asBoolean(false),
                node.path("inputsLinked").asBoolean(false));
    }

    private static BatchRecall decodeRecall(JsonNode node) {
        return new BatchRecall(new BatchId(text(node, "recallOf")), text(node, "reason"), text(node, "recalledBy"),
                Instant.parse(text(node, "recalledAt")), text(node, "txId"),
                node.hasNonNull("acknowledgedBy") ? text(node, "acknowledgedBy") : null,
                node.hasNonNull("acknowledgedAt") ? Instant.parse(text(node, "acknowledgedAt")) : null);
    }

    public BatchLink decodeLink(byte[] json) {
        return link(parse(json));
    }

    /** A link's entry under its input, with the copy of the output's state when it holds one. */
    public TraceStep decodeOutputLink(byte[] json) {
        JsonNode node = parse(json);
        JsonNode output = node.get("outputState");
        return new TraceStep(link(node), output == null || output.isNull() ? null : batch(output));
    }

    private static BatchLink link(JsonNode node) {
        return new BatchLink(new BatchId(text(node, "input")), new BatchId(text(node, "output")),
                new Quantity(required(node, "quantity").decimalValue()), text(node, "unit"), text(node, "txId"));
    }

    /**
     * A request record (value of {@code request}+mspId+requestId; also the answer of GetRequest):
     * {@code {"fingerprint":…,"function":…,"requestId":…,"result":"…the first answer, as text…","timestamp":…,"txId":…}}.
     */
    public byte[] encodeRequest(RequestRecord record) {
        ObjectNode node = NODES.objectNode();
        node.put("fingerprint", record.fingerprint().value());
        node.put("function", record.function());
        node.put("requestId", record.requestId().value());
        node.put("result", record.result());
        node.put("timestamp", record.timestamp().toString());
        node.put("txId", record.txId());
        return encode(node);
    }

    public RequestRecord decodeRequest(byte[] json) {
        JsonNode node = parse(json);
        return new RequestRecord(new RequestId(text(node, "requestId")), text(node, "function"),
                new Sha256(text(node, "fingerprint")), text(node, "txId"), Instant.parse(text(node, "timestamp")),
                text(node, "result"));
    }

    public Evidence decodeEvidence(byte[] json) {
        JsonNode node = parse(json);
        return new Evidence(new BatchId(text(node, "batchId")), new Sha256(text(node, "sha256")),
                text(node, "mediaType"), required(node, "size").longValue(),
                node.hasNonNull("uri") ? text(node, "uri") : null, text(node, "attachedBy"),
                Instant.parse(text(node, "attachedAt")), text(node, "txId"));
    }

    /**
     * Reads the {@code inputs} argument of TransformBatches: a JSON array of {@code {"batchId":…,"quantity":…}},
     * the quantity a string ({@code "12.5"}) or a number. Anything else is {@code INVALID_INPUT}.
     */
    public List<Consumption> decodeConsumptions(String inputs) {
        JsonNode array;
        try {
            array = inputs == null ? null : mapper.readTree(inputs);
        } catch (IOException e) {
            throw new Refusal(ErrorCode.INVALID_INPUT, "inputs must be a JSON array of {\"batchId\":…,\"quantity\":…}");
        }
        if (array == null || !array.isArray()) {
            throw new Refusal(ErrorCode.INVALID_INPUT, "inputs must be a JSON array of {\"batchId\":…,\"quantity\":…}");
        }
        List<Consumption> consumptions = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw new Refusal(ErrorCode.INVALID_INPUT, "each input must be an object {\"batchId\":…,\"quantity\":…}");
            }
            consumptions.add(new Consumption(scalar(element.get("batchId")), scalar(element.get("quantity"))));
        }
        return consumptions;
    }

    /** A string member as is, a number in plain notation, anything else null (refused by the domain). */
    private static String scalar(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : null;
    }

    public LogisticUnit decodeUnit(byte[] json) {
        JsonNode node = parse(json);
        List<BatchId> batches = new ArrayList<>();
        required(node, "batches").forEach(id -> batches.add(new BatchId(id.asText())));
        return new LogisticUnit(new Sscc(text(node, "sscc")), batches, text(node, "custodian"),
                Instant.parse(text(node, "packedAt")), text(node, "packedBy"), pending(node));
    }

    private static PendingHandoff pending(JsonNode node) {
        JsonNode pending = node.get("pendingHandoff");
        return pending == null || pending.isNull() ? null
                : new PendingHandoff(text(pending, "from"), Instant.parse(text(pending, "initiatedAt")),
                        text(pending, "to"), text(pending, "txId"));
    }

    public ProvenanceEvent decodeEvent(byte[] json) {
        JsonNode node = parse(json);
        Map<String, Object> details = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : required(node, "details").properties()) {
            JsonNode value = field.getValue();
            details.put(field.getKey(), value.isNumber() ? value.decimalValue() : value.asText());
        }
        return new ProvenanceEvent(
                text(node, "actor"),
                new BatchId(text(node, "batchId")),
                EventDetails.of(details),
                text(node, "hash"),
                text(node, "previousHash"),
                required(node, "seq").intValue(),
                Instant.parse(text(node, "timestamp")),
                text(node, "txId"),
                EventType.valueOf(text(node, "type")));
    }

    /** Reads any JSON document into a tree; decimals are kept exactly. */
    public JsonNode parse(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is not readable", e);
        }
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("stored JSON lacks " + name);
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        return required(node, name).asText();
    }

    // ---- EPCIS capture ------------------------------------------------------------------

    /**
     * Reads the argument of {@code CaptureEpcisEvents}:
     * {@code {"context":<the document's @context>,"events":[{"eventId":"ni:///sha-256;…?ver=CBV2.0","event":{…}},…]}}
     * ({@code context} may be left out). A member of the wrong JSON type is refused with {@code INVALID_EPCIS_EVENT}
     * naming it ({@code events[2].epcList: must be an array of strings}); the domain checks the values. Each event is
     * kept whole, in canonical form.
     */
    public EpcisCaptureRequest decodeEpcisCapture(String argument) {
        JsonNode root;
        try {
            root = argument == null ? null : parse(argument.getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            root = null;
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw invalidEpcisEvent("events", "the argument must be a JSON object {\"context\":…,\"events\":[{\"eventId\":…,"
                    + "\"event\":{…}},…]}");
        }
        JsonNode context = root.get("context");
        String contextJson = context == null || context.isNull() ? null
                : new String(encode(context), StandardCharsets.UTF_8);
        List<EpcisEvent> events = new ArrayList<>();
        JsonNode list = root.get("events");
        for (int i = 0; i < list.size(); i++) {
            events.add(epcisEvent(i, list.get(i)));
        }
        return new EpcisCaptureRequest(contextJson, events);
    }

    private EpcisEvent epcisEvent(int position, JsonNode entry) {
        String at = "events[" + position + "]";
        if (!entry.isObject() || !entry.path("event").isObject()) {
            throw invalidEpcisEvent(at, "must be an object {\"eventId\":…,\"event\":{…}}");
        }
        JsonNode event = entry.get("event");
        return new EpcisEvent(position, epcisText(at, entry, "eventId"), epcisText(at, event, "type"),
                epcisText(at, event, "action"), epcisText(at, event, "eventTime"),
                epcisText(at, event, "eventTimeZoneOffset"), epcisText(at, event, "bizStep"),
                epcisText(at, event, "disposition"), epcisId(at, event, "bizLocation"), epcisId(at, event, "readPoint"),
                epcisTexts(at, event, "epcList", "childEPCs"), epcisTexts(at, event, "inputEPCList"),
                epcisTexts(at, event, "outputEPCList"), epcisText(at, event, "parentID"),
                epcisQuantities(at, event, "quantityList", "childQuantityList"),
                epcisQuantities(at, event, "inputQuantityList"), epcisQuantities(at, event, "outputQuantityList"),
                new String(encode(event), StandardCharsets.UTF_8));
    }

    /** A string member of an event, or null when absent; another JSON type is refused naming it. */
    private static String epcisText(String at, JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalidEpcisEvent(at + "." + name, "must be a string");
        }
        return value.textValue();
    }

    /** The {@code id} string of an object member ({@code readPoint}, {@code bizLocation}), or null. */
    private static String epcisId(String at, JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw invalidEpcisEvent(at + "." + name, "must be an object {\"id\":…}");
        }
        return epcisText(at + "." + name, value, "id");
    }

    /** The strings of array members, in order. */
    private static List<String> epcisTexts(String at, JsonNode node, String... names) {
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isArray()) {
                throw invalidEpcisEvent(at + "." + name, "must be an array of strings");
            }
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw invalidEpcisEvent(at + "." + name, "must be an array of strings");
                }
                texts.add(element.textValue());
            }
        }
        return texts;
    }

    /** The quantity elements of array members, in order. */
    private static List<EpcisQuantity> epcisQuantities(String at, JsonNode node, String... names) {
        List<EpcisQuantity> quantities = new ArrayList<>();
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isArray()) {
                throw invalidEpcisEvent(at + "." + name, "must be an array of quantity elements");
            }
            for (int i = 0; i < value.size(); i++) {
                String element = at + "." + name + "[" + i + "]";
                JsonNode q = value.get(i);
                if (!q.isObject()) {
                    throw invalidEpcisEvent(element, "must be an object {\"epcClass\":…,\"quantity\":…,\"uom\":…}");
                }
                String epcClass = epcisText(element, q, "epcClass");
                if (epcClass == null) {
                    throw invalidEpcisEvent(element + ".epcClass", "is required");
                }
                JsonNode quantity = q.get("quantity");
                if (quantity != null && !quantity.isNull() && !quantity.isNumber()) {
                    throw invalidEpcisEvent(element + ".quantity", "must be a number");
                }
                quantities.add(new EpcisQuantity(epcClass,
                        quantity == null || quantity.isNull() ? null : quantity.decimalValue(),
                        epcisText(element, q, "uom")));
            }
        }
        return quantities;
    }

    private static Refusal invalidEpcisEvent(String field, String reason) {
        return new Refusal(ErrorCode.INVALID_EPCIS_EVENT, field + ": " + reason);
    }

    // ---- EPCIS ---------------------------------------------------------------------------

    /**
     * Reads the {@code queryJson} argument of QueryEpcisEvents: a JSON object whose members are query parameters,
     * each a string or an array of strings ({@code ""} or {@code {}}: no parameter). Anything else is
     * {@code INVALID_EPCIS_QUERY}; the domain checks the names and values.
     */
    public Map<String, List<String>> decodeEpcisQuery(String queryJson) {
        Map<String, List<String>> parameters = new TreeMap<>();
        if (queryJson == null || queryJson.isBlank()) {
            return parameters;
        }
        JsonNode query;
        try {
            query = mapper.readTree(queryJson);
        } catch (IOException e) {
            throw EpcisQuery.invalid("the query is not JSON: it is an object of parameters, "
                    + "e.g. {\"EQ_bizStep\":[\"shipping\"]}");
        }
        if (query == null || !query.isObject()) {
            throw EpcisQuery.invalid("the query is a JSON object of parameters, e.g. {\"EQ_bizStep\":[\"shipping\"]}");
        }
        for (Map.Entry<String, JsonNode> member : query.properties()) {
            JsonNode value = member.getValue();
            List<String> values = new ArrayList<>();
            if (value.isTextual()) {
                values.add(value.textValue());
            } else if (value.isArray()) {
                value.forEach(element -> values.add(element.isTextual() ? element.textValue() : null));
            }
            if (values.contains(null) || !value.isTextual() && !value.isArray()) {
                throw EpcisQuery.invalid("parameter " + member.getKey() + " takes a string or an array of strings");
            }
            parameters.put(member.getKey(), values);
        }
        return parameters;
    }

    /** Reads a stored EPCIS record (LedgerKeys.epcisEvent) and the facts of its event that queries filter on. */
    public EpcisRecord decodeEpcisRecord(byte[] json) {
        JsonNode record = parse(json);
        JsonNode event = required(record, "event");
        String eventTime = text(event, "eventTime");
        EpcisEventFacts facts = EpcisEventFacts.at(EpcisTime.parse(eventTime)
                        .orElseThrow(() -> new IllegalStateException("stored event time is not a time: " + eventTime)))
                .type(optionalText(event.get("type")))
                .bizStep(optionalText(event.get("bizStep")))
                .disposition(optionalText(event.get("disposition")))
                .bizLocation(optionalText(event.path("bizLocation").get("id")))
                .readPoint(optionalText(event.path("readPoint").get("id")))
                .epcs(texts(event, "epcList", "childEPCs"))
                .otherEpcs(texts(event, "inputEPCList", "outputEPCList", "parentID"))
                .epcClasses(classes(event, "quantityList", "childQuantityList"))
                .otherEpcClasses(classes(event, "inputQuantityList", "outputQuantityList"))
                .build();
        return new EpcisRecord(text(record, "eventId"), facts, json);
    }

    private static String optionalText(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** The strings of the named members, each a string or an array of strings. */
    private static List<String> texts(JsonNode event, String... names) {
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            JsonNode member = event.path(name);
            if (member.isTextual()) {
                texts.add(member.textValue());
            }
            member.forEach(element -> {
                if (element.isTextual()) {
                    texts.add(element.textValue());
                }
            });
        }
        return texts;
    }

    /** The {@code epcClass} of each quantity element of the named lists. */
    private static List<String> classes(JsonNode event, String... lists) {
        List<String> classes = new ArrayList<>();
        for (String list : lists) {
            event.path(list).forEach(element -> {
                String epcClass = optionalText(element.get("epcClass"));
                if (epcClass != null) {
                    classes.add(epcClass);
                }
            });
        }
        return classes;
    }

    /** The answer of QueryEpcisEvents: {@code {"bookmark":…,"events":[records]}}, no bookmark on the last page. */
    public byte[] encodeEpcisPage(EpcisPage page) {
        ObjectNode node = NODES.objectNode();
        if (!page.bookmark().isEmpty()) {
            node.put("bookmark", page.bookmark());
        }
        ArrayNode events = node.putArray("events");
        page.events().forEach(record -> events.add(parse(record.json())));
        return encode(node);
    }

    /** The answer of GetEpcisEventsOfBatch: {@code {"batchId":…,"events":[records]}}, in time order. */
    public byte[] encodeEpcisEventsOfBatch(BatchId batchId, List<EpcisRecord> records) {
        ObjectNode node = NODES.objectNode();
        node.put("batchId", batchId.value());
        ArrayNode events = node.putArray("events");
        records.forEach(record -> events.add(parse(record.json())));
        return encode(node);
    }

    // ---- the canonical writer ------------------------------------------------------------

    /** Writes any JSON tree canonically, sorting the members of every object at every depth. */
    public byte[] encode(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write canonical JSON", e);
        }
        return out.toByteArray();
    }

    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(String::compareTo);
            generator.writeStartObject();
            for (String name : names) {
                JsonNode value = node.get(name);
                if (value != null && !value.isNull() && !value.isMissingNode()) {
                    generator.writeFieldName(name);
                    write(value, generator);
                }
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (node.isIntegralNumber()) {
            generator.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            generator.writeNumber(node.decimalValue().stripTrailingZeros());
        } else if (node.isTextual()) {
            generator.writeString(node.textValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            generator.writeNull();
        } else {
            throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as canonical JSON");
        }
    }
}
