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
 * The current state of a batch, as {@code GetBatch} and every write answer it: the client's view of the wire
 * model's {@link dev.anchor.model.custody.Batch} (read through it), with optional members as {@link Optional}, the
 * answer's JSON kept and organisation helpers.
 *
 * <p>Organisations are MSP IDs exactly as on the ledger ({@code "DistributorMSP"}); use
 * {@link Organization#findByMspId(String)} or {@link #isHeldBy(Organization)} to compare. Parsing is
 * tolerant: members this client does not know are ignored (but kept in {@link #json()}), missing ones are null.
 *
 * @param batchId        the batch id
 * @param gtin           the product's GTIN-14
 * @param productName    the product's name
 * @param quantity       the quantity produced
 * @param unit           the quantity's unit
 * @param site           where it was produced
 * @param producer       MSP ID of the manufacturer that recorded it
 * @param producedAt     timestamp of the production transaction
 * @param custodian      MSP ID of the organisation holding it now
 * @param pendingHandoff the handoff waiting for its recipient, if any
 * @param eventCount     how many provenance events the batch has
 * @param lastEventHash  hash of its last provenance event
 * @param packedIn       the SSCC of the logistic unit it is packed in, if any
 * @param remaining      what transformations have not consumed of its quantity
 * @param recall         the recall it is under, if any
 * @param json           the batch exactly as the ledger answered it
 */
public record Batch(String batchId, String gtin, String productName, BigDecimal quantity, String unit, String site,
                    String producer, Instant producedAt, String custodian, Optional<PendingHandoff> pendingHandoff,
                    long eventCount, String lastEventHash, Optional<String> packedIn, BigDecimal remaining,
                    Optional<BatchRecall> recall, String json) implements Holding {

    /** Replaces null optionals by {@link Optional#empty()}. */
    public Batch {
        pendingHandoff = Objects.requireNonNullElse(pendingHandoff, Optional.empty());
        packedIn = Objects.requireNonNullElse(packedIn, Optional.empty());
        recall = Objects.requireNonNullElse(recall, Optional.empty());
    }

    /** @return the batch id */
    @Override
    public String id() {
        return batchId;
    }

    /** Reads a batch from the chaincode's JSON, through the wire model's record. */
    public static Batch fromJson(String json) {
        return fromNode(AnchorJson.parseObject(json, "the batch"));
    }

    /** Reads a batch from the chaincode's JSON already parsed (a member of a page or of a write's answer). */
    public static Batch fromNode(JsonNode n) {
        return of(AnchorJson.read(n, dev.anchor.model.custody.Batch.class, "the batch"), AnchorJson.write(n));
    }

    /**
     * The view of the wire model's batch ({@code GetBatch}'s answer, or a member of a page or a write's answer).
     *
     * @param batch the batch as the wire model reads it
     * @param json  the JSON it was read from, exactly as answered
     */
    public static Batch of(dev.anchor.model.custody.Batch batch, String json) {
        return new Batch(batch.batchId(), batch.gtin(), batch.productName(), batch.quantity(), batch.unit(),
                batch.site(), batch.producer(), batch.producedAt(), batch.custodian(),
                Optional.ofNullable(batch.pendingHandoff()), batch.eventCount(), batch.lastEventHash(),
                Optional.ofNullable(batch.packedIn()), batch.remaining(),
                Optional.ofNullable(batch.recall()), json);
    }

    /** @return whether {@code organization} holds the batch now */
    public boolean isHeldBy(Organization organization) {
        return organization.mspId().equals(custodian);
    }

    /** @return the custodian as an {@link Organization}, empty if it is not one of the four */
    public Optional<Organization> custodianOrganization() {
        return Organization.findByMspId(custodian);
    }
}
