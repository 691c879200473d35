package dev.anchor.cli.recall;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code anchor recall ID --reason R}, and its subcommands {@code report} and {@code ack}. */
@Command(name = "recall", sortOptions = false, subcommands = {RecallReportCommand.class, RecallAckCommand.class},
        description = {"Recall a batch you produced (or, as the auditor, any batch): the recall reaches every batch",
                "made from it, and none of them can be handed off or transformed any more.",
                "`recall report ID` lists the affected batches; `recall ack ID` acknowledges a recalled batch you hold."})
public final class RecallCommand extends AnchorCommand {
    // Neither is marked required: picocli would then demand them of `recall report ID` and `recall ack ID` too.
    @Parameters(paramLabel = "ID", arity = "0..1", description = "the batch id")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why the batch is recalled (required)")
    String reason;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        if (id == null || reason == null) {
            throw new ParameterException(spec.commandLine(), "Missing required " + (id == null ? "parameter: 'ID'"
                    : "option: '--reason=TEXT'") + " (or a subcommand: report, ack)");
        }
        try (AnchorClient client = connect()) {
            Receipt receipt = client.recall(id, reason);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                int affected = client.traceForward(id).nodes().size();
                print("Recalled batch " + id + " and " + (affected - 1) + " batch" + (affected == 2 ? "" : "es")
                        + " made from it: " + reason);
                print("transaction: " + receipt.transactionId());
                print("see who holds them: anchor recall report " + id);
            }
        }
        return ExitCodes.OK;
    }
}
