package dev.anchor.chaincode.domain.shared;

import java.util.Optional;

/** The organisations of the channel, known by the MSP ID in the caller's certificate. */
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
