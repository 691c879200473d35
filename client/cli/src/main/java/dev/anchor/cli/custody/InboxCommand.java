package dev.anchor.cli.custody;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code anchor inbox}: the handoffs waiting for my accept or reject, one page. */
@Command(name = "inbox", description = {"List the handoffs waiting for your organisation to accept or reject, one "
        + "page at a time (batches, then units).", "Answer each with `accept ID` or `reject ID --reason TEXT`."})
public final class InboxCommand extends AnchorCommand {
    @Mixin
    PageOptions page;

    @Override
    public Integer call() {
        page.list(this, "Waiting for ", (client, options) -> client.inbox(options.pageSize, options.bookmark));
        return ExitCodes.OK;
    }
}
