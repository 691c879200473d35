package dev.anchor.cli.identity;

import java.util.List;

/** The revocation reasons of RFC 5280, as Fabric CA spells them ({@code fabric-ca-client revoke -r}). */
public final class RevocationReasons {
    /** Every reason Fabric CA accepts. */
    public static final List<String> ALL = List.of("unspecified", "keycompromise", "cacompromise",
            "affiliationchange", "superseded", "cessationofoperation", "certificatehold", "removefromcrl",
            "privilegewithdrawn", "aacompromise");

    private RevocationReasons() {
    }

    /**
     * @return the reason, lower case
     * @throws IdentityException {@code INVALID_REASON} naming the accepted reasons
     */
    public static String check(String reason) {
        String lower = reason.toLowerCase(java.util.Locale.ROOT);
        if (!ALL.contains(lower)) {
            throw new IdentityException("INVALID_REASON", "unknown revocation reason '" + reason + "'; one of: "
                    + String.join(", ", ALL));
        }
        return lower;
    }
}
