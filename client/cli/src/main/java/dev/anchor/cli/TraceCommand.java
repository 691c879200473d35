package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Batch;
import dev.anchor.client.ChainVerification;
import dev.anchor.client.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor trace ID}: the provenance timeline and whether its hash chain verifies. */
@Command(name = "trace", description = {
        "Show a batch's provenance, oldest event first, and verify its hash chain.",
        "Exits 4 when the hash chain does not verify."})
final class TraceCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id")
    String id;

    @Option(names = "--json", description = "print {\"batchId\":...,\"events\":[...],\"verification\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            return trace(this, client, id, json);
        }
    }

    /** Reads, verifies and prints a trace; returns the exit code. Shared with the demo. */
    static int trace(AnchorCommand command, AnchorClient client, String batchId, boolean json) {
        // The batch first: events written between the two reads then do not look like a broken chain.
        Batch batch = client.getBatch(batchId);
        Provenance provenance = client.getProvenance(batchId);
        ChainVerification verification = provenance.verify(batch);
        if (json) {
            command.print(JsonOutput.trace(provenance, verification));
        } else {
            command.print(TextFormat.trace(provenance, verification));
        }
        return verification.intact() ? ExitCodes.OK : ExitCodes.CHAIN_BROKEN;
    }
}
