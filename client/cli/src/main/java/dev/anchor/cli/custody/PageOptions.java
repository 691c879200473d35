package dev.anchor.cli.custody;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Page;
import dev.anchor.client.custody.Holding;
import picocli.CommandLine.Option;

import java.util.function.BiFunction;

/** {@code --page-size N --bookmark B --json}, shared by the paged listings. */
public final class PageOptions {
    @Option(names = "--page-size", paramLabel = "N", defaultValue = "50",
            description = "items per page, 1 to 1000 (default: ${DEFAULT-VALUE})")
    int pageSize;

    @Option(names = "--bookmark", paramLabel = "B", description = "the next page: the bookmark the previous page printed")
    String bookmark;

    @Option(names = "--json", description = "print {\"items\":[{\"batch\":{...}}|{\"unit\":{...}}],\"bookmark\":...}")
    boolean json;

    /**
     * Connects as the command's organisation, reads one page of the listing and prints it, as JSON or as text
     * under {@code title} + the organisation.
     */
    void list(AnchorCommand command, String title, BiFunction<AnchorClient, PageOptions, Page<Holding>> listing) {
        try (AnchorClient client = command.connect()) {
            Page<Holding> items = listing.apply(client, this);
            command.print(json ? HoldingsJson.page(items)
                    : String.join("\n", HoldingsText.of(title + TextFormat.org(client.organization().mspId()), items)));
        }
    }
}
