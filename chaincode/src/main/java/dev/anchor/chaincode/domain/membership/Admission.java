package dev.anchor.chaincode.domain.membership;

import java.util.List;
import java.util.Objects;

/**
 * An organisation's admission as the members' admins approve it: the capabilities proposed, the approving MSP IDs
 * (alphabetical), how many approvals admit it (a majority of the members at the last approval) and whether they
 * did.
 */
public record Admission(String mspId, boolean holdsCustody, boolean recordsProduction, List<String> approvals,
        int needed, boolean admitted) {

    public Admission {
        Objects.requireNonNull(mspId, "mspId");
        approvals = List.copyOf(approvals);
    }

    /** Whether this admission proposes the same capabilities. */
    boolean proposes(boolean custody, boolean production) {
        return holdsCustody == custody && recordsProduction == production;
    }
}
