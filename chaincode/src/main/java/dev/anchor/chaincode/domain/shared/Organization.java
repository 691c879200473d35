package dev.anchor.chaincode.domain.shared;

import java.util.List;
import java.util.Optional;

/**
 * The founding organisations of the channel, known by the MSP ID in the caller's certificate and built into the
 * chaincode; organisations admitted later are {@link Member}s kept on the ledger (docs/membership.md).
 */
public enum Organization {
    MANUFACTURER("ManufacturerMSP", true),
    DISTRIBUTOR("DistributorMSP", true),
    RETAILER("RetailerMSP", true),
    AUDITOR("AuditorMSP", false);

    private final String mspId;
    private final boolean holdsCustody;

    Organization(String mspId, boolean holdsCustody) {
        this.mspId = mspId;
        this.holdsCustody = holdsCustody;
    }

    public String mspId() {
        return mspId;
    }

    /** Whether this organisation may hold a batch, hand it off, accept or reject it. */
    public boolean holdsCustody() {
        return holdsCustody;
    }

    /** The founding member this organisation is; of the founders only the manufacturer records production. */
    public Member member() {
        return new Member(mspId, holdsCustody, this == MANUFACTURER, true, List.of());
    }

    /** The organisation of an MSP ID; empty for an MSP ID that is not an organisation of the channel (or null). */
    public static Optional<Organization> ofMspId(String mspId) {
        for (Organization organization : values()) {
            if (organization.mspId.equals(mspId)) {
                return Optional.of(organization);
            }
        }
        return Optional.empty();
    }
}
