package dev.anchor.client.custody;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Organization;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.custody.PendingHandoff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logistic unit (a case, a pallet) named by its SSCC, with the batches packed in it. It travels whole: handing
 * off the unit hands off every batch in it, in one transaction. The client's view of the wire model's
 * {@link dev.anchor.model.unit.LogisticUnit} (read through it), with its JSON kept.
 *
 * @param sscc           the unit's SSCC-18
 * @param batchIds       the batches in it, in id order
 * @param custodian      MSP ID of the organisation holding it (and every batch in it)
 * @param packedBy       MSP ID of the organisation that packed it
 * @param packedAt       timestamp of the packing transaction
 * @param pendingHandoff the handoff waiting for its recipient, if any
 * @param json           the unit exactly as the ledger answered it
 */
public record LogisticUnit(String sscc, List<String> batchIds, String custodian, String packedBy, Instant packedAt,
                           Optional<PendingHandoff> pendingHandoff, String json) implements Holding {

    /** Copies the batch ids; replaces a null {@code pendingHandoff} by {@link Optional#empty()}. */
    public LogisticUnit {
        batchIds = List.copyOf(Objects.requireNonNullElse(batchIds, List.of()));
        pendingHandoff = Objects.requireNonNullElse(pendingHandoff, Optional.empty());
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
        return of(AnchorJson.read(n, dev.anchor.model.unit.LogisticUnit.class, "the logistic unit"),
                AnchorJson.write(n));
    }

    /**
     * The view of the wire model's logistic unit.
     *
     * @param unit the unit as the wire model reads it
     * @param json the JSON it was read from
     */
    public static LogisticUnit of(dev.anchor.model.unit.LogisticUnit unit, String json) {
        return new LogisticUnit(unit.sscc(), unit.batches(), unit.custodian(), unit.packedBy(), unit.packedAt(),
                Optional.ofNullable(unit.pendingHandoff()), json);
    }

    /** @return the SSCC */
    @Override
    public String id() {
        return sscc;
    }

    /** @return whether {@code organization} holds the unit now */
    public boolean isHeldBy(Organization organization) {
        return organization.mspId().equals(custodian);
    }
}
