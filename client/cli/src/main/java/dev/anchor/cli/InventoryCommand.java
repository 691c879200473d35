package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Holding;
import dev.anchor.client.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code anchor inventory}: what my organisation holds, one page. */
@Command(name = "inventory", description = {"List the batches and logistic units your organisation holds, one page "
        + "at a time (batches by id, then units).", "Each page costs the same however much you hold."})
final class InventoryCommand extends AnchorCommand {
    @Mixin
    PageOptions page;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Page<Holding> items = client.inventory(page.pageSize, page.bookmark);
            print(page.json ? JsonOutput.page(items)
                    : String.join("\n", TextFormat.holdings("Held by " + TextFormat.org(client.organization().mspId()), items)));
        }
        return ExitCodes.OK;
    }
}
