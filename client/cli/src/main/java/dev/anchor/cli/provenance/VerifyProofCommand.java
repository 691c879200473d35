package dev.anchor.cli.provenance;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorException;
import dev.anchor.client.proof.ProofCheck;
import dev.anchor.client.proof.ProofVerification;
import dev.anchor.client.proof.ProvenanceProof;
import dev.anchor.client.proof.TrustAnchors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code anchor verify-proof FILE [--trust DIR]}: checks a proof bundle offline, one verdict line per check. */
@Command(name = "verify-proof", description = {
        "Check a proof bundle written by `anchor trace ID --proof FILE`, offline: no network, no descriptor.",
        "Prints one verdict per check; exits 5 when any check fails (or the bundle is unreadable)."})
public final class VerifyProofCommand extends AnchorCommand {
    @Parameters(paramLabel = "FILE", description = "the proof bundle")
    Path file;

    @Option(names = "--trust", paramLabel = "DIR", description = {
            "the organisations' CA certificates, one <MSP ID>.pem per organisation (the ordering ones included);",
            "without it, the bundle's own are used and their fingerprints printed for comparison"})
    Path trust;

    @Override
    public Integer call() {
        TrustAnchors anchors;
        try {
            anchors = trust == null ? TrustAnchors.fromBundle() : TrustAnchors.fromDirectory(trust);
        } catch (AnchorException e) {
            throw new CliException("CONFIGURATION", e.getMessage(), ExitCodes.USAGE);
        }
        ProvenanceProof proof = ProvenanceProof.read(file);
        ProofVerification verification = proof.verify(anchors);
        print(lines(proof, verification));
        return verification.verified() ? ExitCodes.OK : ExitCodes.PROOF_REJECTED;
    }

    static List<String> lines(ProvenanceProof proof, ProofVerification v) {
        List<String> out = new ArrayList<>();
        out.add("proof of batch " + proof.batchId() + " on channel " + proof.channel() + " (chaincode "
                + proof.chaincode() + ")");
        out.add(v.anchorsFromBundle()
                ? "trust anchors: taken from the bundle itself; compare these SHA-256 fingerprints with each"
                + " organisation's CA out of band:"
                : "trust anchors: from --trust:");
        for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(v.trustAnchors()).entrySet()) {
            for (String fingerprint : e.getValue()) {
                out.add(String.format("  %-16s %s", e.getKey(), fingerprint));
            }
        }
        for (ProofCheck c : v.checks()) {
            out.add(String.format("%-6s  %-22s  %s", c.passed() ? "ok" : "FAILED", c.name(),
                    TextFormat.oneLine(c.detail())));
        }
        out.add(v.verified() ? "verdict: VERIFIED"
                : "verdict: REJECTED (" + String.join(", ", v.failures().stream().map(ProofCheck::name).toList())
                + ")");
        return out;
    }
}
