package dev.anchor.client.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.wire.AnchorJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The history of a batch, oldest event first, as {@code GetProvenance} answers it, and the means to check
 * that nobody altered it.
 *
 * <pre>{@code
 * Provenance provenance = client.getProvenance("PEAR-001");
 * ChainVerification v = provenance.verify();
 * if (!v.intact()) {
 *     System.err.println("tampered at event " + v.brokenAtSeq().orElseThrow() + ": " + v.problem());
 * }
 * }</pre>
 *
 * @param batchId the batch
 * @param events  its events, oldest first, as received
 */
public record Provenance(String batchId, List<ProvenanceEvent> events) {
    /** Hash that the first event's {@code previousHash} must hold: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Copies {@code events} into an unmodifiable list. */
    public Provenance {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    /**
     * Reads the answer of {@code GetProvenance}: {@code {"batchId":…,"events":[…]}}.
     *
     * @throws AnchorException with {@link ErrorCode#UNEXPECTED} when it is not a JSON object
     */
    public static Provenance fromJson(String json) {
        JsonNode n = AnchorJson.parseObject(json, "the provenance");
        List<ProvenanceEvent> events = new ArrayList<>();
        JsonNode array = n.get("events");
        if (array != null && array.isArray()) {
            for (JsonNode e : array) {
                if (e.isObject()) {
                    events.add(ProvenanceEvent.fromNode(e));
                }
            }
        }
        return new Provenance(AnchorJson.text(n, "batchId"), events);
    }

    /**
     * Verifies the hash chain on the events' raw JSON: for each event in order, that its {@code seq} is its
     * position (from 1), that it belongs to this batch, that its {@code previousHash} is the {@code hash} of the
     * event before (64 zeros for the first), and that its {@code hash} is the SHA-256 of its canonical JSON
     * without {@code hash}. Stops at the first failure.
     *
     * <p>This cannot tell that events were cut off the end; {@link #verify(Batch)} can.
     */
    public ChainVerification verify() {
        String expectedPrevious = GENESIS_HASH;
        for (int i = 0; i < events.size(); i++) {
            long position = i + 1L;
            JsonNode node;
            try {
                node = AnchorJson.parseObject(events.get(i).json(), "event " + position);
            } catch (AnchorException e) {
                return ChainVerification.broken(position, i, "the event's JSON is unreadable: " + e.getMessage());
            }
            JsonNode seqNode = node.get("seq");
            if (seqNode == null || !seqNode.isIntegralNumber() || !seqNode.canConvertToLong()) {
                return ChainVerification.broken(position, i, "the event has no numeric seq");
            }
            long seq = seqNode.longValue();
            if (seq != position) {
                return ChainVerification.broken(position, i, seqProblem(position, seq, i));
            }
            String eventBatch = AnchorJson.text(node, "batchId");
            if (batchId != null && !batchId.equals(eventBatch)) {
                return ChainVerification.broken(position, i,
                        "the event belongs to batch " + eventBatch + ", not " + batchId);
            }
            String previous = AnchorJson.text(node, "previousHash");
            if (!expectedPrevious.equals(previous)) {
                return ChainVerification.broken(position, i, position == 1
                        ? "previousHash of the first event is " + abbreviate(previous) + ", not 64 zeros"
                        : "previousHash " + abbreviate(previous) + " does not match the hash of event "
                        + (position - 1) + " (" + abbreviate(expectedPrevious)
                        + "): an event was removed, inserted or rewritten");
            }
            String recorded = AnchorJson.text(node, "hash");
            if (recorded == null) {
                return ChainVerification.broken(position, i, "the event has no hash");
            }
            String computed = AnchorJson.sha256Hex(AnchorJson.canonical(node, "hash"));
            if (!computed.equals(recorded)) {
                return ChainVerification.broken(position, i, "hash mismatch: the event's content hashes to "
                        + abbreviate(computed) + " but its recorded hash is " + abbreviate(recorded)
                        + ": the event was altered");
            }
            expectedPrevious = recorded;
        }
        return ChainVerification.intact(events.size());
    }

    /**
     * Like {@link #verify()}, and also checks the tail against the batch's {@code eventCount} and
     * {@code lastEventHash}, so events cut off the end are found too. Read the batch <em>before</em> the
     * provenance: events written in between then do not count as a problem.
     */
    public ChainVerification verify(Batch batch) {
        ChainVerification chain = verify();
        if (!chain.intact()) {
            return chain;
        }
        int n = events.size();
        if (batch.batchId() != null && batchId != null && !batch.batchId().equals(batchId)) {
            return ChainVerification.broken(1, 0,
                    "the provenance is of batch " + batchId + ", not of batch " + batch.batchId());
        }
        long count = batch.eventCount();
        if (count > n) {
            return ChainVerification.broken(n + 1L, n, "the batch records " + count + " events but the provenance has "
                    + n + ": events are missing at the end");
        }
        if (count >= 1) {
            String hash = AnchorJson.text(AnchorJson.parseObject(events.get((int) count - 1).json(), "event"), "hash");
            if (!Objects.equals(hash, batch.lastEventHash())) {
                return ChainVerification.broken(count, (int) count - 1, "the hash of event " + count
                        + " does not match the batch's lastEventHash " + abbreviate(batch.lastEventHash()));
            }
        }
        return chain;
    }

    private String seqProblem(long position, long seq, int index) {
        boolean appearsLater = false;
        for (int j = index + 1; j < events.size(); j++) {
            JsonNode later = AnchorJson.MAPPER.createObjectNode();
            try {
                later = AnchorJson.parseObject(events.get(j).json(), "event");
            } catch (AnchorException ignored) {
                // an unreadable later event cannot be the missing one
            }
            if (AnchorJson.integer(later, "seq", -1) == position) {
                appearsLater = true;
                break;
            }
        }
        String base = "expected seq " + position + " but found seq " + seq;
        if (appearsLater) {
            return base + ": the events are out of order";
        }
        return seq > position
                ? base + ": " + (seq - position == 1 ? "an event is" : (seq - position) + " events are") + " missing"
                : base + ": an event is repeated or misnumbered";
    }

    private static String abbreviate(String hash) {
        if (hash == null) {
            return "(none)";
        }
        return hash.length() > 12 ? hash.substring(0, 12) + "..." : hash;
    }
}
