package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Batch;
import dev.anchor.client.ChainVerification;
import dev.anchor.client.Provenance;
import dev.anchor.client.ProvenanceProof;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code anchor trace ID}: the provenance timeline and whether its hash chain verifies. */
@Command(name = "trace", description = {
        "Show a batch's provenance, oldest event first, and verify its hash chain.",
        "With --proof FILE, also write a proof bundle that `anchor verify-proof FILE` checks offline.",
        "Exits 4 when the hash chain does not verify."})
final class TraceCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id")
    String id;

    @Option(names = "--json", description = "print {\"batchId\":...,\"events\":[...],\"verification\":{...}}")
    boolean json;

    @Option(names = "--proof", paramLabel = "FILE",
            description = "also write a proof bundle (blocks, endorsements, headers, channel configuration) to FILE")
    Path proof;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            if (proof == null) {
                return trace(this, client, id, json);
            }
            Batch batch = client.getBatch(id);
            ProvenanceProof bundle = client.proveProvenance(id);
            bundle.write(proof);
            int exit = show(this, bundle.provenance(), batch, json);
            if (!json) {
                print("proof: written to " + proof + " (" + bundle.blocks().size() + " blocks, "
                        + bundle.headers().size() + " headers); check it with `anchor verify-proof " + proof + "`");
            }
            return exit;
        }
    }

    /** Reads, verifies and prints a trace; returns the exit code. Shared with the demo. */
    static int trace(AnchorCommand command, AnchorClient client, String batchId, boolean json) {
        // The batch first: events written between the two reads then do not look like a broken chain.
        Batch batch = client.getBatch(batchId);
        return show(command, client.getProvenance(batchId), batch, json);
    }

    private static int show(AnchorCommand command, Provenance provenance, Batch batch, boolean json) {
        ChainVerification verification = provenance.verify(batch);
        if (json) {
            command.print(JsonOutput.trace(provenance, verification));
        } else {
            command.print(TextFormat.trace(provenance, verification));
        }
        return verification.intact() ? ExitCodes.OK : ExitCodes.CHAIN_BROKEN;
    }
}
