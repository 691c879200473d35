package dev.anchor.cli.identity;

import java.util.List;

/**
 * The roles a user may carry in its certificate (attribute {@value #ATTRIBUTE}), and which organisation may give
 * which: {@code operator} records, transforms, packs and hands off; {@code quality} also recalls and attaches
 * evidence; {@code auditor} (the auditor organisation only) reads. The auditor organisation may also give
 * {@code quality}, for the user who recalls a batch on its behalf (it may recall any batch).
 */
public final class CaRoles {
    /** The certificate attribute that carries the role. */
    public static final String ATTRIBUTE = "anchor.role";
    /** The roles of the auditor organisation's users. */
    public static final List<String> AUDITOR_ROLES = List.of("auditor", "quality");
    /** The roles of the other organisations' users. */
    public static final List<String> MEMBER_ROLES = List.of("operator", "quality");

    private CaRoles() {
    }

    /**
     * @param organization the organisation's short name
     * @param role         the role asked for
     * @throws IdentityException {@code INVALID_ROLE} naming the roles the organisation may give
     */
    public static void check(String organization, String role) {
        List<String> allowed = "auditor".equals(organization) ? AUDITOR_ROLES : MEMBER_ROLES;
        if (!allowed.contains(role)) {
            throw new IdentityException("INVALID_ROLE", "role '" + role + "' cannot be given by " + organization
                    + "; its users' roles are: " + String.join(", ", allowed));
        }
    }
}
