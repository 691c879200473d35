package dev.anchor.model.membership;

import java.util.List;

/**
 * An organisation's admission as the members' admins approve it, under {@code admission}+mspId: the capabilities
 * proposed and who approved so far; the answer of {@code ApproveMember}.
 *
 * @param admitted          whether the approvals reached a majority of the members, admitting the organisation
 * @param approvals         the MSP IDs whose admins approved, in alphabetical order
 * @param holdsCustody      whether it is to hold custody
 * @param mspId             the candidate's MSP ID
 * @param needed            how many approvals admit it: a majority of the members at the time of the last approval
 * @param recordsProduction whether it is to record production
 */
public record Admission(boolean admitted, List<String> approvals, boolean holdsCustody, String mspId, int needed,
        boolean recordsProduction) {

    public Admission {
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }
}
