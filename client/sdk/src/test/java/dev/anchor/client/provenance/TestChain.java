package dev.anchor.client.provenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds provenance JSON the way docs/data-model.md specifies, independently of the code under test: each event
 * is written by hand in canonical form (keys sorted, no whitespace) and hashed with SHA-256.
 */
public final class TestChain {
    public static final String ZEROS = "0".repeat(64);

    private final String batchId;
    private final List<String> events = new ArrayList<>();
    private String lastHash = ZEROS;

    public TestChain(String batchId) {
        this.batchId = batchId;
    }

    /** The canonical pear chain of the demo story: produced, offered, rejected, offered, accepted. */
    public static TestChain pears() {
        return new TestChain("PEAR-001")
                .add("PRODUCED", "ManufacturerMSP", "{\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\","
                        + "\"quantity\":1200,\"site\":\"Orchard Lane\",\"unit\":\"kg\"}")
                .add("HANDOFF_INITIATED", "ManufacturerMSP", "{\"from\":\"ManufacturerMSP\",\"to\":\"DistributorMSP\"}")
                .add("HANDOFF_REJECTED", "DistributorMSP",
                        "{\"from\":\"ManufacturerMSP\",\"reason\":\"temperature log missing\",\"to\":\"DistributorMSP\"}")
                .add("HANDOFF_INITIATED", "ManufacturerMSP", "{\"from\":\"ManufacturerMSP\",\"to\":\"DistributorMSP\"}")
                .add("HANDOFF_ACCEPTED", "DistributorMSP", "{\"from\":\"ManufacturerMSP\",\"to\":\"DistributorMSP\"}");
    }

    /** Appends an event; {@code details} must already be canonical. */
    public TestChain add(String type, String actor, String details) {
        long seq = events.size() + 1L;
        String timestamp = "2026-11-25T15:0" + seq + ":00.000Z";
        String txId = "tx-" + seq;
        String withoutHash = "{\"actor\":\"" + actor + "\",\"batchId\":\"" + batchId + "\",\"details\":" + details
                + ",\"previousHash\":\"" + lastHash + "\",\"seq\":" + seq + ",\"timestamp\":\"" + timestamp
                + "\",\"txId\":\"" + txId + "\",\"type\":\"" + type + "\"}";
        String hash = sha256(withoutHash);
        events.add(withoutHash.replace(",\"previousHash\":", ",\"hash\":\"" + hash + "\",\"previousHash\":"));
        lastHash = hash;
        return this;
    }

    public List<String> events() {
        return new ArrayList<>(events);
    }

    public String lastHash() {
        return lastHash;
    }

    public String json() {
        return json(events);
    }

    public String json(List<String> eventJson) {
        return "{\"batchId\":\"" + batchId + "\",\"events\":[" + String.join(",", eventJson) + "]}";
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
