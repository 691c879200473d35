package dev.anchor.chaincode.contract;

import dev.anchor.chaincode.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;

/** A private copy of terms for PEAR-1 handed from the manufacturer to the distributor, canonical, and its hash. */
final class TermsFixture {

    static final String COPY = "{\"from\":\"ManufacturerMSP\",\"id\":\"PEAR-1\",\"salt\":\"c2FsdHNhbHRzYWx0c2FsdA==\","
            + "\"terms\":{\"currency\":\"EUR\",\"price\":12.4},\"to\":\"DistributorMSP\"}";
    static final String HASH = Sha256.of(COPY.getBytes(StandardCharsets.UTF_8)).value();

    private TermsFixture() {
    }

    /** Attaches {@link #COPY} to PEAR-1 as the peer's current caller. */
    static String attach(SimulatedPeer peer) {
        return peer.withTransient(AnchorContract.TERMS_ENTRY, COPY.getBytes(StandardCharsets.UTF_8))
                .contract.AttachHandoffTerms(peer.ctx, "PEAR-1");
    }
}
