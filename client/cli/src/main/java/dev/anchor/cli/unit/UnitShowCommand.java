package dev.anchor.cli.unit;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.custody.LogisticUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor unit show S}: custodian, pending handoff and contents. */
@Command(name = "show", description = "Show a logistic unit: custodian, any pending handoff, the batches in it.")
public final class UnitShowCommand extends AnchorCommand {
    @Parameters(paramLabel = "SSCC", description = "the unit's SSCC")
    String sscc;

    @Option(names = "--json", description = "print the unit as the ledger holds it")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            LogisticUnit unit = client.getUnit(sscc);
            if (json) {
                print(JsonOutput.asAnswered(unit.json()));
            } else {
                print(UnitText.of(unit));
            }
        }
        return ExitCodes.OK;
    }
}
