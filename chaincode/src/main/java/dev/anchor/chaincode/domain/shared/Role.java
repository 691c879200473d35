package dev.anchor.chaincode.domain.shared;

import java.util.Optional;

/**
 * What a person or system of an organisation may do, as its certificate says: the value of the certificate
 * attribute {@value #ATTRIBUTE} that the organisation's CA puts in the certificate when it enrols the user. The
 * organisation itself comes from the certificate's MSP ID ({@link Organization}); the role comes in addition.
 *
 * <p>An {@link #OPERATOR} records what happens to the goods; {@link #QUALITY} may do all an operator may and also
 * recalls and attaches evidence; an {@link #AUDITOR} and an {@link #ADMIN} only read.
 */
public enum Role {
    OPERATOR("operator"),
    QUALITY("quality"),
    AUDITOR("auditor"),
    ADMIN("admin");

    /** The certificate attribute that carries the role (Fabric CA: {@code --id.attrs anchor.role=operator:ecert}). */
    public static final String ATTRIBUTE = "anchor.role";

    private final String attributeValue;

    Role(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    /** The value of {@value #ATTRIBUTE} that names this role, e.g. {@code operator}. */
    public String attributeValue() {
        return attributeValue;
    }

    /** Whether a caller with this role may do what {@code needed} allows: itself; quality also all an operator may. */
    public boolean includes(Role needed) {
        return this == needed || this == QUALITY && needed == OPERATOR;
    }

    /** The role an attribute value names, exactly (lowercase); empty for any other value or none (null). */
    public static Optional<Role> ofAttribute(String value) {
        for (Role role : values()) {
            if (role.attributeValue.equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return attributeValue;
    }
}
