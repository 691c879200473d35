package dev.anchor.cli.custody;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code anchor inventory}: what my organisation holds, one page. */
@Command(name = "inventory", description = {"List the batches and logistic units your organisation holds, one page "
        + "at a time (batches by id, then units).", "Each page costs the same however much you hold."})
public final class InventoryCommand extends AnchorCommand {
    @Mixin
    PageOptions page;

    @Override
    public Integer call() {
        page.list(this, "Held by ", (client, options) -> client.inventory(options.pageSize, options.bookmark));
        return ExitCodes.OK;
    }
}
