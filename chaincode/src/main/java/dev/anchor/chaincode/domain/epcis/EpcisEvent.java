package dev.anchor.chaincode.domain.epcis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event of a {@code CaptureEpcisEvents} call, as read from its argument: the id the client computed (the CBV
 * 2.0 event hash), the members queries match and capture links by, and the event's own JSON, kept whole
 * (canonical form, every member and extension). The JSON reader has checked the members' JSON types;
 * {@link EpcisCapture} checks the rest.
 *
 * @param position where the event is in the call's list (0 first), to name it in a refusal
 * @param epcs     {@code epcList} and {@code childEPCs}
 * @param parentId {@code parentID}, or null
 */
public record EpcisEvent(int position, String eventId, String type, String action, String eventTime,
        String eventTimeZoneOffset, String bizStep, String disposition, String bizLocation, String readPoint,
        List<String> epcs, List<String> inputEpcs, List<String> outputEpcs, String parentId,
        List<EpcisQuantity> quantities, List<EpcisQuantity> inputQuantities, List<EpcisQuantity> outputQuantities,
        String json) {

    public EpcisEvent {
        epcs = List.copyOf(epcs);
        inputEpcs = List.copyOf(inputEpcs);
        outputEpcs = List.copyOf(outputEpcs);
        quantities = List.copyOf(quantities);
        inputQuantities = List.copyOf(inputQuantities);
        outputQuantities = List.copyOf(outputQuantities);
        Objects.requireNonNull(json, "json");
    }

    /** Every EPC the event names, in any role ({@code MATCH_anyEPC}). */
    public List<String> anyEpcs() {
        List<String> all = new ArrayList<>(epcs);
        all.addAll(inputEpcs);
        all.addAll(outputEpcs);
        if (parentId != null) {
            all.add(parentId);
        }
        return all;
    }

    /** Every quantity element, in any role ({@code MATCH_anyEPCClass}). */
    public List<EpcisQuantity> anyQuantities() {
        List<EpcisQuantity> all = new ArrayList<>(quantities);
        all.addAll(inputQuantities);
        all.addAll(outputQuantities);
        return all;
    }

    /** The facts queries match, from the event time the capture has checked. */
    EpcisEventFacts facts(java.time.Instant time) {
        return EpcisEventFacts.at(time)
                .type(type)
                .bizStep(bizStep)
                .disposition(disposition)
                .bizLocation(bizLocation)
                .readPoint(readPoint)
                .epcs(epcs)
                .otherEpcs(inputEpcs)
                .otherEpcs(outputEpcs)
                .otherEpcs(parentId == null ? List.of() : List.of(parentId))
                .epcClasses(quantities.stream().map(EpcisQuantity::epcClass).toList())
                .otherEpcClasses(inputQuantities.stream().map(EpcisQuantity::epcClass).toList())
                .otherEpcClasses(outputQuantities.stream().map(EpcisQuantity::epcClass).toList())
                .build();
    }
}
