package dev.anchor.client.custody;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Organization;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.custody.BatchRecall;
import dev.anchor.model.custody.PendingHandoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The current state of a batch, as {@code GetBatch} and every write answer it: the client's view of the wire model's
 * {@link dev.anchor.model.custody.Batch} (read through it and wrapped), with optional members as {@link Optional},
 * the answer's JSON kept and organisation helpers.
 *
 * <p>Organisations are MSP IDs exactly as on the ledger ({@code "DistributorMSP"}); use
 * {@link Organization#findByMspId(String)} or {@link #isHeldBy(Organization)} to compare. Parsing is
 * tolerant: members this client does not know are ignored (but kept in {@link #json()}), missing ones are null.
 *
 * @param state the batch as the wire model reads it
 * @param json  the batch exactly as the ledger answered it
 */
public record Batch(dev.anchor.model.custody.Batch state, String json) implements Holding {

    /** Requires the state. */
    public Batch {
        Objects.requireNonNull(state, "state");
    }

    /** @return the batch id */
    @Override
    public String id() {
        return state.batchId();
    }

    /** Reads a batch from the chaincode's JSON, through the wire model's record. */
    public static Batch fromJson(String json) {
        return fromNode(AnchorJson.parseObject(json, "the batch"));
    }

    /** Reads a batch from the chaincode's JSON already parsed (a member of a page or of a write's answer). */
    public static Batch fromNode(JsonNode n) {
        return new Batch(AnchorJson.read(n, dev.anchor.model.custody.Batch.class, "the batch"), AnchorJson.write(n));
    }

    /** @return the batch id */
    public String batchId() {
        return state.batchId();
    }

    /** @return the product's GTIN-14 */
    public String gtin() {
        return state.gtin();
    }

    /** @return the product's name */
    public String productName() {
        return state.productName();
    }

    /** @return the quantity produced */
    public BigDecimal quantity() {
        return state.quantity();
    }

    /** @return the quantity's unit */
    public String unit() {
        return state.unit();
    }

    /** @return where it was produced */
    public String site() {
        return state.site();
    }

    /** @return MSP ID of the manufacturer that recorded it */
    public String producer() {
        return state.producer();
    }

    /** @return timestamp of the production transaction */
    public Instant producedAt() {
        return state.producedAt();
    }

    /** @return MSP ID of the organisation holding it now */
    @Override
    public String custodian() {
        return state.custodian();
    }

    /** @return the handoff waiting for its recipient, if any */
    @Override
    public Optional<PendingHandoff> pendingHandoff() {
        return Optional.ofNullable(state.pendingHandoff());
    }

    /** @return how many provenance events the batch has */
    public long eventCount() {
        return state.eventCount();
    }

    /** @return hash of its last provenance event */
    public String lastEventHash() {
        return state.lastEventHash();
    }

    /** @return the SSCC of the logistic unit it is packed in, if any */
    public Optional<String> packedIn() {
        return Optional.ofNullable(state.packedIn());
    }

    /** @return what transformations have not consumed of its quantity */
    public BigDecimal remaining() {
        return state.remaining();
    }

    /** @return the recall it is under, if any */
    public Optional<BatchRecall> recall() {
        return Optional.ofNullable(state.recall());
    }

    /** @return whether {@code organization} holds the batch now */
    public boolean isHeldBy(Organization organization) {
        return organization.mspId().equals(state.custodian());
    }

    /** @return the custodian as an {@link Organization}, empty if it is not one of the four */
    public Optional<Organization> custodianOrganization() {
        return Organization.findByMspId(state.custodian());
    }
}
