package dev.anchor.client.custody;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logistic unit (a case, a pallet) named by its SSCC, with the batches packed in it. It travels whole: handing
 * off the unit hands off every batch in it, in one transaction.
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

    /** Reads a logistic unit from the chaincode's JSON already parsed (a member of a page). */
    public static LogisticUnit fromNode(JsonNode n) {
        List<String> ids = new ArrayList<>();
        JsonNode batches = n.get("batches");
        if (batches != null && batches.isArray()) {
            batches.forEach(id -> ids.add(id.asText()));
        }
        return new LogisticUnit(AnchorJson.text(n, "sscc"), ids, AnchorJson.text(n, "custodian"),
                AnchorJson.text(n, "packedBy"), AnchorJson.instant(n, "packedAt"), PendingHandoff.fromParent(n),
                AnchorJson.write(n));
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
