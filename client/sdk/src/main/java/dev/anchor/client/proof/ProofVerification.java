package dev.anchor.client.proof;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The verdict of {@link ProvenanceProof#verify(TrustAnchors)}: one {@link ProofCheck} per check, in this order:
 * {@value #BUNDLE}, {@value #CERTIFICATES}, {@value #SIGNATURES}, {@value #POLICY}, {@value #IN_BLOCKS},
 * {@value #ORDERER}, {@value #HEADERS}, {@value #EVENTS}, {@value #HASH_CHAIN}. When the bundle itself cannot be
 * read, only the first is present.
 *
 * <pre>{@code
 * ProofVerification v = ProvenanceProof.read(Path.of("PEAR-001.proof.json")).verify(TrustAnchors.fromBundle());
 * v.trustAnchors().forEach((msp, fingerprints) -> System.out.println(msp + " " + fingerprints));
 * for (ProofCheck c : v.checks()) {
 *     System.out.println((c.passed() ? "ok    " : "FAILED") + " " + c.name() + ": " + c.detail());
 * }
 * }</pre>
 *
 * @param checks             the checks, in order
 * @param trustAnchors       the CA certificates used as trust anchors: MSP ID to their SHA-256 fingerprints
 * @param anchorsFromBundle  whether those anchors came from the bundle itself (compare their fingerprints out of
 *                           band) rather than from the auditor
 */
public record ProofVerification(List<ProofCheck> checks, Map<String, List<String>> trustAnchors,
                                boolean anchorsFromBundle) {
    /** The bundle parses: JSON format, every protobuf, the configuration block. */
    public static final String BUNDLE = "bundle";
    /** Every certificate (creators, endorsers, orderers) chains to the CA of the organisation it claims. */
    public static final String CERTIFICATES = "certificates";
    /** Every endorsement and every creator's signature is valid (ECDSA, low-S). */
    public static final String SIGNATURES = "signatures";
    /** Every transaction's valid endorsements satisfy the channel's endorsement policy in force. */
    public static final String POLICY = "endorsement policy";
    /** Every transaction is inside its block (data hash) and flagged valid there. */
    public static final String IN_BLOCKS = "transactions in blocks";
    /** The orderer's signature on every block is valid. */
    public static final String ORDERER = "orderer signatures";
    /** Every header from the first event's block to the last is present, and they link by previous hash. */
    public static final String HEADERS = "block headers";
    /** The answer's events are exactly the transactions' writes, in order. */
    public static final String EVENTS = "events = ledger writes";
    /** The events' hash chain verifies. */
    public static final String HASH_CHAIN = "hash chain";

    /** Copies the lists and the map. */
    public ProofVerification {
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        trustAnchors = Map.copyOf(Objects.requireNonNull(trustAnchors, "trustAnchors"));
    }

    /** @return whether every check passed */
    public boolean verified() {
        return !checks.isEmpty() && checks.stream().allMatch(ProofCheck::passed);
    }

    /** @return the checks that failed */
    public List<ProofCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).collect(Collectors.toList());
    }

    /** @return the check with this name, if it ran */
    public java.util.Optional<ProofCheck> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
