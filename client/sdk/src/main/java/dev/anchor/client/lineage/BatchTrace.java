package dev.anchor.client.lineage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.ProvenanceReader;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.epcis.CapturedEpcisEvent;
import dev.anchor.client.epcis.EpcisReader;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import dev.anchor.client.wire.AnchorJson;

import java.util.List;
import java.util.Objects;

/**
 * What the ledger says of one batch: its state, its hash-chained provenance with the chain's verdict, and the
 * captured EPCIS events that name it. The answer of {@code anchor trace ID} and of the EPCIS server's GS1 Digital
 * Link resource ({@code GET /01/{gtin}/10/{lot}}), which both write it with {@link #toJson()}.
 *
 * <pre>{@code
 * BatchTrace trace = BatchTrace.read(client, "PEAR-001");
 * System.out.println(trace.verification().intact() ? "hash chain intact" : trace.verification().problem());
 * }</pre>
 *
 * @param batch        the batch as it is now
 * @param provenance   its events, oldest first
 * @param verification the hash chain's verdict over {@code provenance} against {@code batch}
 * @param epcisEvents  the captured EPCIS events linked to the batch, oldest first
 */
public record BatchTrace(Batch batch, Provenance provenance, ChainVerification verification,
                         List<CapturedEpcisEvent> epcisEvents) {
    public BatchTrace {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(verification, "verification");
        epcisEvents = List.copyOf(epcisEvents);
    }

    /**
     * Reads a batch's trace: the batch first, then its provenance (so that events written between the two reads
     * do not look like a broken chain), then the captured events naming it.
     *
     * @throws TransactionRefusedException with {@link ErrorCode#BATCH_NOT_FOUND} when there is no such batch
     */
    public static <R extends ProvenanceReader & EpcisReader> BatchTrace read(R reader, String batchId) {
        Batch batch = reader.getBatch(batchId);
        Provenance provenance = reader.getProvenance(batchId);
        return new BatchTrace(batch, provenance, provenance.verify(batch), reader.epcisEventsOfBatch(batchId));
    }

    /**
     * {@code {"batchId":…,"events":[…as the ledger holds them…],"verification":{"intact":…,"eventsChecked":…,
     * "brokenAtSeq":…,"problem":…},"epcisEvents":[{"eventId","type","eventTime","capturedBy","capturedAt",
     * "transactionId","event":{…as captured…}}]}}; {@code brokenAtSeq} and {@code problem} only when the chain
     * does not verify.
     */
    public ObjectNode toJson() {
        ObjectNode o = AnchorJson.MAPPER.createObjectNode();
        o.put("batchId", provenance.batchId());
        ArrayNode events = o.putArray("events");
        for (ProvenanceEvent e : provenance.events()) {
            events.add(AnchorJson.parseObject(e.json(), "provenance event"));
        }
        ObjectNode v = o.putObject("verification");
        v.put("intact", verification.intact());
        v.put("eventsChecked", verification.eventsChecked());
        verification.brokenAtSeq().ifPresent(seq -> v.put("brokenAtSeq", seq));
        if (!verification.intact()) {
            v.put("problem", verification.problem());
        }
        ArrayNode epcis = o.putArray("epcisEvents");
        for (CapturedEpcisEvent e : epcisEvents) {
            ObjectNode event = epcis.addObject();
            event.put("eventId", e.eventId());
            event.put("type", e.type());
            event.put("eventTime", e.eventTime());
            event.put("capturedBy", e.capturedBy());
            event.put("capturedAt", e.capturedAt() == null ? null : e.capturedAt().toString());
            event.put("transactionId", e.transactionId());
            event.set("event", e.event().deepCopy());
        }
        return o;
    }
}
