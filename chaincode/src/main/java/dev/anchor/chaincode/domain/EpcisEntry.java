package dev.anchor.chaincode.domain;

/**
 * One entry of an EPCIS index: the event's value in that index ({@code ""} in the time index), its time
 * in key form ({@link EpcisTime#keyForm}) and its id.
 */
public record EpcisEntry(String value, String time, String eventId) {
}
