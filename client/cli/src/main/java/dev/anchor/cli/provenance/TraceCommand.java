package dev.anchor.cli.provenance;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.lineage.BatchTrace;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.client.proof.ProvenanceProof;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.client.provenance.Provenance;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code anchor trace ID}: the provenance timeline and whether its hash chain verifies, then the captured EPCIS events
 * linked to the batch; with {@code --proof FILE} also
 * a proof bundle; with {@code --back} every ancestor, with {@code --forward} every descendant and who holds it.
 */
@Command(name = "trace", description = {
        "Show a batch's provenance, oldest event first, and verify its hash chain (exits 4 when it does not verify),",
        "then the captured EPCIS events that name the batch;",
        "with --proof FILE, also write a proof bundle that `anchor verify-proof FILE` checks offline;",
        "or, with --back, every batch it was made from (their inputs too), with --forward every batch made from it",
        "and who holds each now."})
public final class TraceCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id")
    String id;

    @ArgGroup(exclusive = true)
    Direction direction;

    static final class Direction {
        @Option(names = "--back", required = true, description = "list every ancestor (inputs, their inputs, ...)")
        boolean back;

        @Option(names = "--forward", required = true, description = "list every descendant and where each is now")
        boolean forward;
    }

    @Option(names = "--json", description = "print the provenance {\"batchId\":...,\"events\":[...],\"verification\":{...},"
            + "\"epcisEvents\":[...]};"
            + " with --back/--forward the graph {\"root\":...,\"direction\":...,\"nodes\":[...],\"edges\":[...]}")
    boolean json;

    @Option(names = "--proof", paramLabel = "FILE",
            description = "also write a proof bundle (blocks, endorsements, headers, channel configuration) to FILE")
    Path proof;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            if (direction != null) {
                if (proof != null) {
                    throw new CliException("USAGE", "--proof goes with the provenance, not with --back or --forward",
                            ExitCodes.USAGE);
                }
                TraceGraph graph = direction.back ? client.traceBack(id) : client.traceForward(id);
                print(json ? JsonOutput.asAnswered(graph.json()) : String.join("\n", GraphFormat.graph(graph)));
                return ExitCodes.OK;
            }
            if (proof == null) {
                return trace(this, client, id, json);
            }
            Batch batch = client.getBatch(id);
            ProvenanceProof bundle = client.proveProvenance(id);
            bundle.write(proof);
            Provenance provenance = bundle.provenance();
            int exit = show(this, new BatchTrace(batch, provenance, provenance.verify(batch),
                    client.epcisEventsOfBatch(id)), json);
            if (!json) {
                print("proof: written to " + proof + " (" + bundle.blocks().size() + " blocks, "
                        + bundle.headers().size() + " headers); check it with `anchor verify-proof " + proof + "`");
            }
            return exit;
        }
    }

    /**
     * Reads, verifies and prints a trace with the captured EPCIS events linked to the batch; returns the exit code
     * (that of the hash chain's verification: captured events are not part of it). Shared with the demo.
     */
    public static int trace(AnchorCommand command, AnchorClient client, String batchId, boolean json) {
        return show(command, BatchTrace.read(client, batchId), json);
    }

    private static int show(AnchorCommand command, BatchTrace trace, boolean json) {
        ChainVerification verification = trace.verification();
        if (json) {
            command.print(JsonOutput.write(trace.toJson()));
        } else {
            command.print(ProvenanceText.trace(trace.provenance(), verification));
            if (!trace.epcisEvents().isEmpty()) {
                command.print(ProvenanceText.capturedEvents(trace.epcisEvents()));
            }
        }
        return verification.intact() ? ExitCodes.OK : ExitCodes.CHAIN_BROKEN;
    }
}
