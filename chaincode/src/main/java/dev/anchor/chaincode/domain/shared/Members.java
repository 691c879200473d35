package dev.anchor.chaincode.domain.shared;

import java.util.Optional;

/**
 * Who is a member of the channel, as the chaincode knows it: the founding {@link Organization}s and the
 * organisations admitted since (docs/membership.md). The rules ask it about callers and recipients by MSP ID.
 */
public interface Members {

    /** The member of an MSP ID; empty for an MSP ID that is no member (or null). */
    Optional<Member> find(String mspId);
}
