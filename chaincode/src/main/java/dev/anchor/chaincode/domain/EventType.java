package dev.anchor.chaincode.domain;

/** What happened to a batch; also the name of the chaincode event emitted for it. */
public enum EventType {
    PRODUCED,
    HANDOFF_INITIATED,
    HANDOFF_ACCEPTED,
    HANDOFF_REJECTED,
    PACKED,
    UNPACKED
}
