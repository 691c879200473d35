package dev.anchor.chaincode.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * An organisation the chaincode knows, and what it may do: a founding {@link Organization}, or one admitted by a
 * majority of the members' admins ({@code admittedBy}, alphabetical; empty for a founder).
 */
public record Member(String mspId, boolean holdsCustody, boolean recordsProduction, boolean founding,
        List<String> admittedBy) {

    public Member {
        Objects.requireNonNull(mspId, "mspId");
        admittedBy = List.copyOf(admittedBy);
    }
}
