package dev.anchor.cli.evidence;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Receipt;
import dev.anchor.client.evidence.EvidenceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code anchor evidence add ID FILE --type T [--uri U]}: hashes the file here and records only the hash. */
@Command(name = "add", sortOptions = false, description = {
        "Attach a document to a batch: its SHA-256 (computed here), media type, size and locator go on the ledger;",
        "the file itself does not."})
public final class EvidenceAddCommand extends AnchorCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "the batch id")
    String id;

    @Parameters(index = "1", paramLabel = "FILE", description = "the document")
    Path file;

    @Option(names = "--type", required = true, paramLabel = "MEDIA-TYPE", description = "e.g. application/pdf")
    String mediaType;

    @Option(names = "--uri", paramLabel = "URI", description = "where the document can be found")
    String uri;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        EvidenceRecord record = EvidenceFile.record(id, file, mediaType, uri);
        try (AnchorClient client = connect()) {
            Receipt receipt = client.attachEvidence(record);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                print("Attached " + file.getFileName() + " (" + record.size() + " bytes, " + mediaType + ", SHA-256 "
                        + record.sha256() + ") to batch " + id);
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
