package dev.anchor.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rounds a benchmark run can have, in the order they run. */
public enum RoundKind {
    /** The reference: {@code BenchmarkFloor}, one small blind write, no logic; needs the benchmark mode. */
    FLOOR("floor", "tx", 1, "BenchmarkFloor (one small write, no logic) through fabric-gateway, as the manufacturer"),
    /** {@code RecordProduction} through the SDK: a new batch per transaction. */
    PRODUCTION("production", "tx", 1, "RecordProduction through the SDK, as the manufacturer, a new batch each"),
    /**
     * The bulk reference: {@code BenchmarkBulkFloor}, N keys per transaction, each read absent then written with one
     * byte, no logic (the cheapest correct bulk create); needs the benchmark mode.
     */
    BULK_FLOOR("bulk-floor", "tx", 1, "BenchmarkBulkFloor (N keys per transaction, each read absent then written, no "
            + "logic) through fabric-gateway, as the manufacturer"),
    /** {@code RecordProductions} through the SDK: N new batches per transaction, each under its own request id. */
    BULK("bulk", "tx", 1, "RecordProductions through the SDK's recordProductions, as the manufacturer: N new batches "
            + "per transaction, each transaction under its own request id"),
    /** One {@code InitiateHandoff} plus the recipient's {@code AcceptHandoff}, one batch per worker. */
    HANDOFF("handoff", "pair", 2,
            "InitiateHandoff + AcceptHandoff through the SDK, manufacturer <-> distributor, one batch per worker"),
    /** {@code GetProvenance} of one batch with at least 1,000 events, read by the auditor. */
    PROVENANCE("provenance", "read", 0, "GetProvenance of a batch with >= 1,000 events through the SDK, as the auditor"),
    /** {@code TraceForward} from a batch with 10,100 descendants (100 children of 100 children each), by the auditor. */
    TRACE("trace", "read", 0, "TraceForward from a batch with width + width^2 descendants through the SDK, as the auditor"),
    /** {@code CaptureEpcisEvents}: one new EPCIS document of N ObjectEvents per transaction, by the distributor. */
    EPCIS("epcis", "tx", 1, "CaptureEpcisEvents through the SDK, as the distributor: a new document of N ObjectEvents "
            + "per transaction"),
    /**
     * A new EPCIS document of N ObjectEvents (1,000 by default) per operation, captured through the SDK's
     * {@code captureEpcis} with its default transaction size and transactions in flight, as {@code anchor serve} does.
     */
    EPCIS_SDK("epcis-sdk", "doc", 0, false, "captureEpcis of the SDK, as the distributor: a new document of N "
            + "ObjectEvents per operation, split into transactions as the SDK does by default"),
    /**
     * The same documents through {@code POST /capture} of an in-process {@code anchor serve}, from the POST to the
     * capture job's success; also reads the server's projection lag.
     */
    EPCIS_HTTP("epcis-http", "doc", 0, false, "POST /capture of an in-process anchor serve (distributor, bearer token) "
            + "of a new document of N ObjectEvents, until its capture job succeeded"),
    /** A page of 100 events by business step and time window from a query store loaded with synthetic events. */
    EPCIS_QUERY("epcis-query", "query", 0, true, "a page of 100 events filtered by bizStep and a time window, from a "
            + "query store loaded with N synthetic events (the read side, not the ledger)");

    /** @return whether the round is a reference of Fabric's own cost (needs the benchmark mode) */
    public boolean isFloor() {
        return this == FLOOR || this == BULK_FLOOR;
    }

    /** @return whether the round runs once per bulk size ({@code --bulk-per-tx}) */
    public boolean isBulk() {
        return this == BULK || this == BULK_FLOOR;
    }

    /** @return what a bulk round creates per transaction: {@code keys} for the bulk floor, else {@code batches} */
    public String bulkItems() {
        return this == BULK_FLOOR ? "keys" : "batches";
    }

    /** @return whether the round reads (with the readers) rather than writes (with the workers) */
    public boolean reads() {
        return reads;
    }

    private final String id;
    private final String unit;
    private final int transactionsPerUnit;
    private final boolean reads;
    private final String description;

    RoundKind(String id, String unit, int transactionsPerUnit, String description) {
        this(id, unit, transactionsPerUnit, transactionsPerUnit == 0, description);
    }

    RoundKind(String id, String unit, int transactionsPerUnit, boolean reads, String description) {
        this.id = id;
        this.unit = unit;
        this.transactionsPerUnit = transactionsPerUnit;
        this.reads = reads;
        this.description = description;
    }

    /** @return the name on the command line and in reports, e.g. {@code production} */
    public String id() {
        return id;
    }

    /** @return what one measured operation is: {@code tx}, {@code pair}, {@code read}, {@code doc} or {@code query} */
    public String unit() {
        return unit;
    }

    /**
     * @return how many ordered transactions one operation commits: 0 for reads, and for a document, whose number of
     *         transactions depends on its size
     */
    public int transactionsPerUnit() {
        return transactionsPerUnit;
    }

    /** @return what the round sends, in one sentence */
    public String description() {
        return description;
    }

    /**
     * The round with this id, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid ids
     */
    public static RoundKind fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown round '" + id + "'; the rounds are: "
                        + Arrays.stream(values()).map(RoundKind::id).collect(Collectors.joining(", "))));
    }
}
