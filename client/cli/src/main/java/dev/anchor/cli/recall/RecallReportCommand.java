package dev.anchor.cli.recall;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.cli.provenance.GraphFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.lineage.RecallReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor recall report ID}: every batch the recall reached, its custodian, and its acknowledgement. */
@Command(name = "report", description = "List every batch a recall reached, who holds it and whether they acknowledged.")
public final class RecallReportCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the recalled batch")
    String id;

    @Option(names = "--json", description = "print {\"recall\":{...},\"affected\":[...],\"edges\":[...]}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            RecallReport report = client.recallReport(id);
            print(json ? JsonOutput.asAnswered(report.json()) : String.join("\n", GraphFormat.recallReport(report)));
        }
        return ExitCodes.OK;
    }
}
