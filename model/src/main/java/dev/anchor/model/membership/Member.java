package dev.anchor.model.membership;

import java.util.List;

/**
 * An organisation the chaincode knows: a founding member, built in, or one admitted by a majority of the members'
 * admins, kept under {@code member}+mspId; the entries of {@code GetMembers}.
 *
 * @param admittedBy        the MSP IDs whose admins approved the admission, in alphabetical order; empty for a
 *                          founding member
 * @param founding          whether it is one of the channel's founding organisations
 * @param holdsCustody      whether it may hold batches and units, hand them off and receive them
 * @param mspId             its MSP ID
 * @param recordsProduction whether it may record production
 */
public record Member(List<String> admittedBy, boolean founding, boolean holdsCustody, String mspId,
        boolean recordsProduction) {

    public Member {
        admittedBy = admittedBy == null ? List.of() : List.copyOf(admittedBy);
    }
}
