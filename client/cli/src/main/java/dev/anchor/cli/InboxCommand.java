package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Holding;
import dev.anchor.client.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code anchor inbox}: the handoffs waiting for my accept or reject, one page. */
@Command(name = "inbox", description = {"List the handoffs waiting for your organisation to accept or reject, one "
        + "page at a time (batches, then units).", "Answer each with `accept ID` or `reject ID --reason TEXT`."})
final class InboxCommand extends AnchorCommand {
    @Mixin
    PageOptions page;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Page<Holding> items = client.inbox(page.pageSize, page.bookmark);
            print(page.json ? JsonOutput.page(items)
                    : String.join("\n", TextFormat.holdings("Waiting for " + TextFormat.org(client.organization().mspId()), items)));
        }
        return ExitCodes.OK;
    }
}
