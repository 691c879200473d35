package dev.anchor.client;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An organisation of the Anchor channel: one of the four founding organisations ({@link #MANUFACTURER},
 * {@link #DISTRIBUTOR}, {@link #RETAILER}, {@link #AUDITOR}), or a member admitted later (docs/membership.md), which
 * the network descriptor lists ({@link dev.anchor.client.gateway.LocalNetwork#organization(String)}) or
 * {@link #member} names.
 *
 * <p>Each has an MSP ID (as found in certificates and on the ledger, e.g. {@code DistributorMSP})
 * and a short name for people and command lines (e.g. {@code distributor}). Two organisations are equal when both are.
 *
 * <pre>{@code
 * Organization to = Organization.fromShortName("distributor");  // DISTRIBUTOR
 * String msp = to.mspId();                                       // "DistributorMSP"
 * Organization wholesaler = Organization.member("WholesalerMSP", "wholesaler", true);
 * }</pre>
 */
public final class Organization {
    /** Records production and hands batches on. */
    public static final Organization MANUFACTURER = new Organization("ManufacturerMSP", "manufacturer", true);
    /** Receives batches from the manufacturer and hands them on. */
    public static final Organization DISTRIBUTOR = new Organization("DistributorMSP", "distributor", true);
    /** Receives batches and sells them. */
    public static final Organization RETAILER = new Organization("RetailerMSP", "retailer", true);
    /** Reads everything, never holds custody. */
    public static final Organization AUDITOR = new Organization("AuditorMSP", "auditor", false);

    private static final List<Organization> FOUNDERS = List.of(MANUFACTURER, DISTRIBUTOR, RETAILER, AUDITOR);
    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SHORT_NAME = Pattern.compile("[a-z][a-z0-9]{1,30}");

    private final String mspId;
    private final String shortName;
    private final boolean holdsCustody;

    private Organization(String mspId, String shortName, boolean holdsCustody) {
        this.mspId = mspId;
        this.shortName = shortName;
        this.holdsCustody = holdsCustody;
    }

    /**
     * An organisation admitted to the channel after the founders, e.g. {@code member("WholesalerMSP", "wholesaler",
     * true)}; a founder's MSP ID answers the founder.
     *
     * @throws IllegalArgumentException when the MSP ID or the short name (lower-case letters and digits) is malformed
     */
    public static Organization member(String mspId, String shortName, boolean holdsCustody) {
        Optional<Organization> founder = findByMspId(mspId);
        if (founder.isPresent()) {
            return founder.get();
        }
        if (mspId == null || !MSP_ID.matcher(mspId).matches()) {
            throw new IllegalArgumentException("malformed MSP ID '" + mspId + "'");
        }
        if (shortName == null || !SHORT_NAME.matcher(shortName).matches()) {
            throw new IllegalArgumentException("malformed organisation name '" + shortName
                    + "' (2 to 31 lower-case letters and digits, starting with a letter)");
        }
        return new Organization(mspId, shortName, holdsCustody);
    }

    /** @return the four founding organisations, in their fixed order */
    public static List<Organization> founders() {
        return FOUNDERS;
    }

    /** @return the MSP ID, e.g. {@code ManufacturerMSP} */
    public String mspId() {
        return mspId;
    }

    /** @return the short name, e.g. {@code manufacturer} */
    public String shortName() {
        return shortName;
    }

    /** @return whether this organisation can hold custody of a batch (every founder but the auditor) */
    public boolean canHoldCustody() {
        return holdsCustody;
    }

    /** @return whether this is one of the four founding organisations */
    public boolean isFounder() {
        return FOUNDERS.contains(this);
    }

    /**
     * The founding organisation with this MSP ID (exact, case-sensitive, as on the ledger).
     *
     * @throws IllegalArgumentException naming the valid MSP IDs when there is none
     */
    public static Organization fromMspId(String mspId) {
        return findByMspId(mspId).orElseThrow(() -> new IllegalArgumentException(
                "unknown MSP ID '" + mspId + "'; valid MSP IDs: " + list(FOUNDERS, Organization::mspId)));
    }

    /**
     * The founding organisation with this short name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid short names when there is none
     */
    public static Organization fromShortName(String shortName) {
        return fromShortName(shortName, FOUNDERS);
    }

    /**
     * The organisation among {@code known} with this short name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid short names when there is none
     */
    public static Organization fromShortName(String shortName, List<Organization> known) {
        String wanted = shortName == null ? "" : shortName.trim().toLowerCase(Locale.ROOT);
        return known.stream().filter(o -> o.shortName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown organisation '" + shortName + "'; valid names: " + list(known, Organization::shortName)));
    }

    /** The founding organisation with this MSP ID, or empty for an MSP ID that is not one of the four. */
    public static Optional<Organization> findByMspId(String mspId) {
        return FOUNDERS.stream().filter(o -> o.mspId.equals(mspId)).findFirst();
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

    private static String list(List<Organization> organizations, java.util.function.Function<Organization, String> f) {
        return organizations.stream().map(f).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organization that && mspId.equals(that.mspId) && shortName.equals(that.shortName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mspId, shortName);
    }

    /** @return the short name, upper-case for a founder as before (e.g. {@code MANUFACTURER}) */
    @Override
    public String toString() {
        return shortName.toUpperCase(Locale.ROOT);
    }
}
