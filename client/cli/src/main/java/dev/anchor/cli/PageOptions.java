package dev.anchor.cli;

import picocli.CommandLine.Option;

/** {@code --page-size N --bookmark B --json}, shared by the paged listings. */
final class PageOptions {
    @Option(names = "--page-size", paramLabel = "N", defaultValue = "50",
            description = "items per page, 1 to 1000 (default: ${DEFAULT-VALUE})")
    int pageSize;

    @Option(names = "--bookmark", paramLabel = "B", description = "the next page: the bookmark the previous page printed")
    String bookmark;

    @Option(names = "--json", description = "print {\"items\":[{\"batch\":{...}}|{\"unit\":{...}}],\"bookmark\":...}")
    boolean json;
}
