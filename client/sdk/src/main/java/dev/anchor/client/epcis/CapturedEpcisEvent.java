package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.epcis.EpcisLedgerRecord;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A GS1 EPCIS 2.0 event captured on the ledger, as {@link EpcisReader#epcisEventsOfBatch} answers it: the event as
 * captured and who captured it, when, in which transaction. It is not part of a batch's hash chain. The client's view
 * of the wire model's {@link EpcisLedgerRecord}, with CBV values read bare.
 *
 * <pre>{@code
 * for (CapturedEpcisEvent e : auditor.epcisEventsOfBatch("PEAR-001")) {
 *     System.out.println(e.eventTime() + " " + e.type() + " " + e.bizStep().orElse("-") + " by " + e.capturedBy());
 * }
 * }</pre>
 *
 * @param eventId       the CBV 2.0 event hash it is stored under ({@code ni:///sha-256;…?ver=CBV2.0})
 * @param capturedBy    the MSP ID of the organisation that captured it
 * @param capturedAt    the timestamp of the capturing transaction
 * @param transactionId the capturing transaction
 * @param event         the event exactly as captured (every field and extension), including its own
 *                      {@code eventID} if it had one
 * @param context       the {@code @context} of the document it was captured in; null when it had none
 */
public record CapturedEpcisEvent(String eventId, String capturedBy, Instant capturedAt, String transactionId,
                                 ObjectNode event, JsonNode context) {
    private static final String CBV = "urn:epcglobal:cbv:";
    private static final String CBV_WEB = "https://ref.gs1.org/cbv/";

    /** Requires the id and the event. */
    public CapturedEpcisEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
    }

    /**
     * The record the chaincode stores ({@code {"capturedAt":…,"capturedBy":…,"context":…,"event":…,…}}), read through
     * the wire model's {@link EpcisLedgerRecord}.
     */
    public static CapturedEpcisEvent fromRecord(JsonNode record) {
        return of(AnchorJson.read(record, EpcisLedgerRecord.class, "a stored EPCIS record"), record);
    }

    /** The view of the wire model's EPCIS record; {@code raw} names the record in the error if it has no event or id. */
    private static CapturedEpcisEvent of(EpcisLedgerRecord record, JsonNode raw) {
        if (!(record.event() instanceof ObjectNode event) || record.eventId() == null) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "a stored EPCIS record has no event or id: " + raw);
        }
        JsonNode context = record.context();
        return new CapturedEpcisEvent(record.eventId(), record.capturedBy(), record.capturedAt(), record.txId(), event,
                context == null || context.isNull() ? null : context);
    }

    /** @return the event type: ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent */
    public String type() {
        return event.path("type").asText();
    }

    /** @return the {@code eventTime} as the event writes it (with its offset) */
    public String eventTime() {
        return event.path("eventTime").asText();
    }

    /** @return ADD, OBSERVE or DELETE; empty for a TransformationEvent */
    public Optional<String> action() {
        return Optional.ofNullable(AnchorJson.text(event, "action"));
    }

    /** @return the business step, a CBV value as its bare word ({@code shipping}), any other as written */
    public Optional<String> bizStep() {
        return Optional.ofNullable(AnchorJson.text(event, "bizStep")).map(v -> bare(v, "bizstep:", "BizStep-"));
    }

    /** @return the disposition, a CBV value as its bare word ({@code in_transit}), any other as written */
    public Optional<String> disposition() {
        return Optional.ofNullable(AnchorJson.text(event, "disposition")).map(v -> bare(v, "disp:", "Disp-"));
    }

    private static String bare(String value, String urn, String web) {
        if (value.startsWith(CBV + urn)) {
            return value.substring((CBV + urn).length());
        }
        if (value.startsWith(CBV_WEB + web)) {
            return value.substring((CBV_WEB + web).length());
        }
        return value;
    }
}
