package dev.anchor.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The four organisations of the Anchor channel.
 *
 * <p>Each has an MSP ID (as found in certificates and on the ledger, e.g. {@code DistributorMSP})
 * and a short name for people and command lines (e.g. {@code distributor}).
 *
 * <pre>{@code
 * Organization to = Organization.fromShortName("distributor");  // DISTRIBUTOR
 * String msp = to.mspId();                                       // "DistributorMSP"
 * }</pre>
 */
public enum Organization {
    /** Records production and hands batches on. */
    MANUFACTURER("ManufacturerMSP", "manufacturer"),
    /** Receives batches from the manufacturer and hands them on. */
    DISTRIBUTOR("DistributorMSP", "distributor"),
    /** Receives batches and sells them. */
    RETAILER("RetailerMSP", "retailer"),
    /** Reads everything, never holds custody. */
    AUDITOR("AuditorMSP", "auditor");

    private final String mspId;
    private final String shortName;

    Organization(String mspId, String shortName) {
        this.mspId = mspId;
        this.shortName = shortName;
    }

    /** @return the MSP ID, e.g. {@code ManufacturerMSP} */
    public String mspId() {
        return mspId;
    }

    /** @return the short name, e.g. {@code manufacturer} */
    public String shortName() {
        return shortName;
    }

    /** @return whether this organisation can hold custody of a batch (every one but the auditor) */
    public boolean canHoldCustody() {
        return this != AUDITOR;
    }

    /**
     * The organisation with this MSP ID (exact, case-sensitive, as on the ledger).
     *
     * @throws IllegalArgumentException naming the valid MSP IDs when there is none
     */
    public static Organization fromMspId(String mspId) {
        return findByMspId(mspId).orElseThrow(() -> new IllegalArgumentException(
                "unknown MSP ID '" + mspId + "'; valid MSP IDs: " + list(Organization::mspId)));
    }

    /**
     * The organisation with this short name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid short names when there is none
     */
    public static Organization fromShortName(String shortName) {
        String wanted = shortName == null ? "" : shortName.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.shortName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown organisation '" + shortName + "'; valid names: " + list(Organization::shortName)));
    }

    /** The organisation with this MSP ID, or empty for an MSP ID that is not one of the four. */
    public static Optional<Organization> findByMspId(String mspId) {
        return Arrays.stream(values()).filter(o -> o.mspId.equals(mspId)).findFirst();
    }

    /**
     * A readable label for an MSP ID as found on the ledger: {@code "distributor (DistributorMSP)"}, or the
     * MSP ID alone when it is not one of the four.
     */
    public static String describe(String mspId) {
        if (mspId == null) {
            return "(none)";
        }
        return findByMspId(mspId).map(o -> o.shortName + " (" + o.mspId + ")").orElse(mspId);
    }

    /** The short name for an MSP ID as found on the ledger, or the MSP ID itself when unknown. */
    public static String shortNameOf(String mspId) {
        if (mspId == null) {
            return "(none)";
        }
        return findByMspId(mspId).map(Organization::shortName).orElse(mspId);
    }

    private static String list(java.util.function.Function<Organization, String> f) {
        return Arrays.stream(values()).map(f).collect(Collectors.joining(", "));
    }
}
