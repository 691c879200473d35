package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Anchor;
import dev.anchor.client.custody.Batch;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.ProvenanceEvent;
import dev.anchor.client.wire.AnchorJson;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Anchor's own provenance events as EPCIS 2.0 events with CBV 2.0 business steps and dispositions (the table in
 * docs/epcis.md). A batch is a lot: its class is the GS1 Digital Link {@code https://id.gs1.org/01/{GTIN}/10/{batchId}},
 * written in quantity lists; a logistic unit is {@code https://id.gs1.org/00/{SSCC}}; an organisation is
 * {@code urn:anchor:org:{MSP ID}}. What CBV has no word for is kept in extension members of the {@code anchor:}
 * namespace ({@link #NAMESPACE}): the Anchor event's type, sequence number, transaction, actor and hash-chain hash,
 * and its details (reason, recall, evidence, ...).
 */
final class ProvenanceToEpcis {
    /** The JSON-LD namespace of Anchor's extension members. */
    static final String NAMESPACE = "urn:anchor:epcis:";
    /** The {@code @context} entry that defines the {@code anchor:} prefix. */
    static final Map<String, String> CONTEXT = Map.of("anchor", NAMESPACE);
    private static final String OWNER = "owning_party";
    private static final String POSSESSOR = "possessing_party";
    /** Units of measure Anchor batches use, as UN/ECE Recommendation 20 codes (EPCIS {@code uom}). */
    private static final Map<String, String> UOM = Map.of("kg", "KGM", "g", "GRM", "t", "TNE", "l", "LTR",
            "ml", "MLT", "m", "MTR");

    private final Function<String, Batch> batches;

    /** @param batches the batch of an id, for the GTIN and unit of the other side of a transformation */
    ProvenanceToEpcis(Function<String, Batch> batches) {
        this.batches = batches;
    }

    /** The Digital Link of a batch as a lot. */
    static String lot(String gtin, String batchId) {
        return "https://id.gs1.org/01/" + gtin + "/10/" + batchId;
    }

    static String unit(String sscc) {
        return "https://id.gs1.org/00/" + sscc;
    }

    static String organization(String mspId) {
        return "urn:anchor:org:" + mspId;
    }

    /** The EPCIS event of one provenance event of {@code batch} (without eventID). */
    ObjectNode event(Batch batch, ProvenanceEvent e) {
        ObjectNode event = AnchorJson.MAPPER.createObjectNode();
        switch (e.type()) {
            case PRODUCED -> {
                object(event, e, "ADD", "commissioning", "active");
                quantity(event.putArray("quantityList"), batch, e.detail("quantity"));
                ilmd(event, e);
            }
            case HANDOFF_INITIATED -> handoff(object(event, e, "OBSERVE", "shipping", "in_transit"), batch, e);
            case HANDOFF_ACCEPTED -> handoff(object(event, e, "OBSERVE", "receiving", "in_progress"), batch, e);
            case HANDOFF_REJECTED -> handoff(object(event, e, "OBSERVE", "void_shipping", null), batch, e);
            case PACKED, UNPACKED -> {
                event.put("type", "AggregationEvent");
                times(event, e);
                event.put("action", e.type() == EventType.PACKED ? "ADD" : "DELETE");
                e.detail("sscc").ifPresent(sscc -> event.put("parentID", unit(sscc)));
                quantity(event.putArray("childQuantityList"), batch, Optional.empty());
                event.put("bizStep", e.type() == EventType.PACKED ? "packing" : "unpacking");
                event.put("disposition", "in_progress");
            }
            case CONSUMED -> {
                transformation(event, e, "in_progress");
                quantity(event.putArray("inputQuantityList"), batch, e.detail("quantity"));
                e.detail("output").ifPresent(id -> quantity(event.putArray("outputQuantityList"), batches.apply(id),
                        Optional.empty()));
            }
            case TRANSFORMED -> {
                transformation(event, e, "active");
                ArrayNode inputs = event.putArray("inputQuantityList");
                for (String input : e.detail("inputs").orElse("").split(",")) {
                    int colon = input.lastIndexOf(':');
                    if (colon > 0) {
                        quantity(inputs, batches.apply(input.substring(0, colon)), Optional.of(input.substring(colon + 1)));
                    }
                }
                quantity(event.putArray("outputQuantityList"), batch, e.detail("quantity"));
                ilmd(event, e);
            }
            case RECALLED, RECALL_ACKNOWLEDGED -> {
                object(event, e, "OBSERVE", "holding", "recalled");
                quantity(event.putArray("quantityList"), batch, Optional.empty());
            }
            default -> {
                object(event, e, "OBSERVE", null, null);
                quantity(event.putArray("quantityList"), batch, Optional.empty());
            }
        }
        anchor(event, e);
        return event;
    }

    private static ObjectNode object(ObjectNode event, ProvenanceEvent e, String action, String bizStep,
                                     String disposition) {
        event.put("type", "ObjectEvent");
        times(event, e);
        event.put("action", action);
        if (bizStep != null) {
            event.put("bizStep", bizStep);
        }
        if (disposition != null) {
            event.put("disposition", disposition);
        }
        return event;
    }

    private static void transformation(ObjectNode event, ProvenanceEvent e, String disposition) {
        event.put("type", "TransformationEvent");
        times(event, e);
        event.put("transformationID", "urn:anchor:transformation:" + e.transactionId());
        event.put("bizStep", "commissioning");
        event.put("disposition", disposition);
    }

    private static void times(ObjectNode event, ProvenanceEvent e) {
        event.put("eventTime", e.timestamp().toString());
        event.put("eventTimeZoneOffset", "+00:00");
    }

    private void handoff(ObjectNode event, Batch batch, ProvenanceEvent e) {
        quantity(event.putArray("quantityList"), batch, Optional.empty());
        e.detail("from").ifPresent(from -> {
            ArrayNode sources = event.putArray("sourceList");
            sources.addObject().put("type", OWNER).put("source", organization(from));
            sources.addObject().put("type", POSSESSOR).put("source", organization(from));
        });
        e.detail("to").ifPresent(to -> {
            ArrayNode destinations = event.putArray("destinationList");
            destinations.addObject().put("type", OWNER).put("destination", organization(to));
            destinations.addObject().put("type", POSSESSOR).put("destination", organization(to));
        });
    }

    /** One quantity element: the batch as a lot, with the quantity (in the batch's unit) when one is given. */
    private static void quantity(ArrayNode list, Batch batch, Optional<String> quantity) {
        ObjectNode element = list.addObject();
        element.put("epcClass", lot(batch.gtin(), batch.batchId()));
        quantity.ifPresent(q -> {
            element.put("quantity", new BigDecimal(q));
            String uom = batch.unit() == null ? null : UOM.get(batch.unit().toLowerCase(Locale.ROOT));
            if (uom != null) {
                element.put("uom", uom);
            }
        });
    }

    /** Lot master data of a new batch: its product name, site and unit. */
    private static void ilmd(ObjectNode event, ProvenanceEvent e) {
        ObjectNode ilmd = event.putObject("ilmd");
        e.detail("productName").ifPresent(v -> ilmd.put("anchor:productName", v));
        e.detail("site").ifPresent(v -> ilmd.put("anchor:site", v));
        e.detail("unit").ifPresent(v -> ilmd.put("anchor:unit", v));
    }

    /** The Anchor event itself: type, seq, batch, transaction, actor, hash chain, and the details CBV cannot say. */
    private static void anchor(ObjectNode event, ProvenanceEvent e) {
        event.put("anchor:eventType", e.typeName());
        event.put("anchor:batchId", e.batchId());
        event.put("anchor:seq", e.seq());
        event.put("anchor:txId", e.transactionId());
        event.put("anchor:actor", e.actor());
        event.put("anchor:hash", e.hash());
        for (String detail : new String[] {"reason", "recallOf", "sscc", "sha256", "mediaType", "size", "uri",
                "remaining"}) {
            e.detail(detail).ifPresent(value -> event.put("anchor:" + detail, value));
        }
    }
}
