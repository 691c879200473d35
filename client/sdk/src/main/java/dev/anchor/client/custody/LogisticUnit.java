package dev.anchor.client.custody;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.client.Organization;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.custody.PendingHandoff;
import dev.anchor.model.vocabulary.ErrorCode;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logistic unit (a case, a pallet) named by its SSCC, with the batches packed in it. It travels whole: handing
 * off the unit hands off every batch in it, in one transaction. The client's view of the wire model's
 * {@link dev.anchor.model.unit.LogisticUnit} (read through it and wrapped), with its JSON kept.
 *
 * @param unit the unit as the wire model reads it
 * @param json the unit exactly as the ledger answered it
 */
public record LogisticUnit(dev.anchor.model.unit.LogisticUnit unit, String json) implements Holding {

    /** Requires the unit. */
    public LogisticUnit {
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Reads a unit from the chaincode's JSON.
     *
     * @throws AnchorException with {@link ErrorCode#UNEXPECTED} when it is not a JSON object
     */
    public static LogisticUnit fromJson(String json) {
        return fromNode(AnchorJson.parseObject(json, "the logistic unit"));
    }

    /** Reads a unit from the chaincode's JSON already parsed (a member of a page), through the wire model's record. */
    public static LogisticUnit fromNode(JsonNode n) {
        return new LogisticUnit(AnchorJson.read(n, dev.anchor.model.unit.LogisticUnit.class, "the logistic unit"),
                AnchorJson.write(n));
    }

    /** @return the SSCC */
    @Override
    public String id() {
        return unit.sscc();
    }

    /** @return the unit's SSCC-18 */
    public String sscc() {
        return unit.sscc();
    }

    /** @return the batches in it, in id order */
    public List<String> batchIds() {
        return unit.batches() == null ? List.of() : unit.batches();
    }

    /** @return MSP ID of the organisation holding it (and every batch in it) */
    @Override
    public String custodian() {
        return unit.custodian();
    }

    /** @return MSP ID of the organisation that packed it */
    public String packedBy() {
        return unit.packedBy();
    }

    /** @return timestamp of the packing transaction */
    public Instant packedAt() {
        return unit.packedAt();
    }

    /** @return the handoff waiting for its recipient, if any */
    @Override
    public Optional<PendingHandoff> pendingHandoff() {
        return Optional.ofNullable(unit.pendingHandoff());
    }

    /** @return whether {@code organization} holds the unit now */
    public boolean isHeldBy(Organization organization) {
        return organization.mspId().equals(unit.custodian());
    }
}
