package dev.anchor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Page;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.client.custody.UnitReceipt;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.model.evidence.Evidence;
import dev.anchor.client.lineage.BatchTrace;
import dev.anchor.client.lineage.RecallReport;
import dev.anchor.client.lineage.TraceGraph;

import java.io.UncheckedIOException;

/** The {@code --json} answers: one compact JSON object per command, ledger objects embedded as received. */
final class JsonOutput {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonOutput() {
    }

    /** {@code {"events":N,"recorded":[ids],"duplicates":[ids],"transactionIds":[...]}}. */
    static String epcisCapture(EpcisCaptureReport report) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("events", report.events());
        report.recorded().forEach(node.putArray("recorded")::add);
        report.duplicates().forEach(node.putArray("duplicates")::add);
        report.transactionIds().forEach(node.putArray("transactionIds")::add);
        return write(node);
    }

    /** {@code {"transactionId":...,"batch":{...}}}. */
    static String receipt(Receipt receipt) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("transactionId", receipt.transactionId());
        o.set("batch", raw(receipt.batch().json()));
        return write(o);
    }

    /** {@code {"transactionId":...,"unit":{...}}}. */
    static String receipt(UnitReceipt receipt) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("transactionId", receipt.transactionId());
        o.set("unit", raw(receipt.unit().json()));
        return write(o);
    }

    /** The unit as the ledger answered it. */
    static String unit(LogisticUnit unit) {
        return write(raw(unit.json()));
    }

    /** {@code {"items":[{"batch":{...}},{"unit":{...}}],"bookmark":...}}, no bookmark on the last page. */
    static String page(Page<Holding> page) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode items = o.putArray("items");
        for (Holding h : page.items()) {
            items.addObject().set(h instanceof LogisticUnit ? "unit" : "batch", raw(h.json()));
        }
        page.bookmark().ifPresent(b -> o.put("bookmark", b));
        return write(o);
    }

    /** {@code {"blockNumber":...,"transactionId":...,"eventName":...,"payload":{...}}}: one line per event. */
    static String event(AnchorEvent event) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("blockNumber", event.blockNumber());
        o.put("transactionId", event.transactionId());
        o.put("eventName", event.name());
        try {
            o.set("payload", raw(event.payload()));
        } catch (UncheckedIOException notJson) {
            o.put("payload", event.payload());
        }
        return write(o);
    }

    /** The batch as the ledger answered it. */
    static String batch(Batch batch) {
        return write(raw(batch.json()));
    }

    /**
     * {@code {"batchId":...,"events":[...],"verification":{"intact":...,"eventsChecked":...},"epcisEvents":[...]}}: the
     * provenance, its verification, and the captured EPCIS events linked to the batch, oldest first, each
     * {@code {"eventId":...,"type":...,"eventTime":...,"capturedBy":...,"capturedAt":...,"transactionId":...,
     * "event":{...}}} with the event as captured.
     */
    static String trace(BatchTrace trace) {
        return write(trace.toJson());
    }

    /** The graph as the chaincode answered it: {@code {"direction":...,"edges":[...],"nodes":[...],"root":...}}. */
    static String graph(TraceGraph graph) {
        return write(raw(graph.json()));
    }

    /** The report as the chaincode answered it: {@code {"affected":[...],"edges":[...],"recall":{...}}}. */
    static String recallReport(RecallReport report) {
        return write(raw(report.json()));
    }

    /** {@code {"attached":true|false,"batchId":...,"sha256":...,"evidence":{...}}}; evidence only when attached. */
    static String evidenceCheck(String batchId, String sha256, java.util.Optional<Evidence> evidence) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("attached", evidence.isPresent());
        o.put("batchId", batchId);
        o.put("sha256", sha256);
        evidence.ifPresent(e -> {
            ObjectNode record = o.putObject("evidence");
            record.put("attachedAt", String.valueOf(e.attachedAt()));
            record.put("attachedBy", e.attachedBy());
            record.put("mediaType", e.mediaType());
            record.put("size", e.size());
            record.put("transactionId", e.txId());
            if (e.uri() != null) {
                record.put("uri", e.uri());
            }
        });
        return write(o);
    }

    private static JsonNode raw(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
