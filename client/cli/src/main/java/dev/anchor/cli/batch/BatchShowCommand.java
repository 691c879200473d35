package dev.anchor.cli.batch;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.custody.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor batch show ID}: producer, custodian, pending handoff. */
@Command(name = "show", description = "Show a batch: producer, custodian and any pending handoff.")
public final class BatchShowCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id")
    String id;

    @Option(names = "--json", description = "print the batch as the ledger holds it")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Batch batch = client.getBatch(id);
            if (json) {
                print(JsonOutput.asAnswered(batch.json()));
            } else {
                print(BatchText.of(batch));
            }
        }
        return ExitCodes.OK;
    }
}
