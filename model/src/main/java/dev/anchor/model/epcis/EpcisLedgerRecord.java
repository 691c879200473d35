package dev.anchor.model.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A captured GS1 EPCIS 2.0 event as stored under {@code epcis}+event id, listed by {@code QueryEpcisEvents} and
 * {@code GetEpcisEventsOfBatch}: the event whole as captured (canonical form), with who captured it when.
 *
 * @param capturedAt the capturing transaction's timestamp
 * @param capturedBy the capturer's MSP ID
 * @param context    the capture document's {@code @context}, or null when it had none
 * @param event      the event
 * @param eventId    its CBV 2.0 event hash ({@code ni:///sha-256;…?ver=CBV2.0})
 * @param txId       the capturing transaction
 */
public record EpcisLedgerRecord(Instant capturedAt, String capturedBy, JsonNode context, JsonNode event,
        String eventId, String txId) {
}
