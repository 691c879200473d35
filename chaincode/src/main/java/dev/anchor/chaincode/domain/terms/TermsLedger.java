package dev.anchor.chaincode.domain.terms;

import java.util.List;
import java.util.Optional;

/** Where declarations (public) and private copies (the parties' collection) of handoff terms are kept. */
public interface TermsLedger {

    void declare(TermsDeclaration declaration);

    /** Every declaration for the batch or unit, in key order (the parties' MSP IDs). */
    List<TermsDeclaration> declarations(String id);

    /** The canonical private copy of the declaration's terms on this peer, empty if none (purged, or not a member). */
    Optional<byte[]> privateCopy(TermsDeclaration declaration);

    void putPrivateCopy(TermsDeclaration declaration, byte[] canonical);

    /** Removes the private copy from the parties' peers for good (Fabric's purge); the declaration stays. */
    void purgePrivateCopy(TermsDeclaration declaration);
}
