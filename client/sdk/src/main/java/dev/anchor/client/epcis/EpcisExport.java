package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The full provenance of a batch as one EPCIS 2.0 {@code EPCISDocument}: its own provenance events mapped to CBV
 * ({@link ProvenanceToEpcis}), each with its CBV 2.0 event hash as {@code eventID}, and the captured events linked to
 * it (GetEpcisEventsOfBatch) as captured, in time order. The document is checked against the official schema
 * ({@link EpcisSchema}) before it is returned.
 */
public final class EpcisExport {
    private EpcisExport() {
    }

    /**
     * @param batch      the batch
     * @param provenance its provenance events
     * @param captured   the records of the captured events linked to it (GetEpcisEventsOfBatch's {@code events})
     * @param batches    the batch of an id, for the other side of a transformation
     * @param created    the document's creation date
     */
    public static ObjectNode document(Batch batch, Provenance provenance, List<JsonNode> captured,
                               Function<String, Batch> batches, Instant created) {
        MergedContext merged = MergedContext.of(captured);
        ObjectNode document = EpcisDocuments.header("EPCISDocument", merged, created);
        ArrayNode context = (ArrayNode) document.get("@context");
        context.insert(1, AnchorJson.MAPPER.valueToTree(ProvenanceToEpcis.CONTEXT));
        ProvenanceToEpcis mapping = new ProvenanceToEpcis(batches);
        List<ObjectNode> events = new ArrayList<>();
        for (ProvenanceEvent event : provenance.events()) {
            ObjectNode mapped = mapping.event(batch, event);
            ObjectNode identified = AnchorJson.MAPPER.createObjectNode();
            identified.put("eventID", EpcisEventHash.of(mapped, context));
            identified.setAll(mapped);
            events.add(identified);
        }
        for (int i = 0; i < captured.size(); i++) {
            events.add(merged.written(i, EpcisDocuments.event(captured.get(i))));
        }
        events.sort(Comparator.comparing(EpcisExport::time));
        document.putObject("epcisBody").putArray("eventList").addAll(events);
        List<EpcisProblem> problems = EpcisSchema.validate(document);
        if (!problems.isEmpty()) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "the export of batch " + batch.batchId()
                    + " does not validate against the EPCIS schema: " + problems);
        }
        return document;
    }

    private static Instant time(JsonNode event) {
        try {
            return OffsetDateTime.parse(event.path("eventTime").asText()).toInstant();
        } catch (RuntimeException e) {
            return Instant.MAX;
        }
    }
}
