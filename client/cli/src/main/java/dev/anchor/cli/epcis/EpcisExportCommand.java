package dev.anchor.cli.epcis;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code anchor epcis export ID [--output FILE]}: the full provenance of a batch as an EPCISDocument. */
@Command(name = "export", sortOptions = false, description = {
        "Write the full provenance of a batch as an EPCIS 2.0 EPCISDocument (JSON-LD): Anchor's own events with",
        "their CBV business steps and dispositions, and the captured EPCIS events linked to the batch, in time order.",
        "The document is checked against the official EPCIS 2.0 JSON Schema before it is written."})
public final class EpcisExportCommand extends AnchorCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "the batch id")
    String id;

    @Option(names = "--output", paramLabel = "FILE", description = "write the document here (default: standard output)")
    Path output;

    @Override
    public Integer call() {
        ObjectNode document;
        try (AnchorClient client = connect()) {
            document = client.exportEpcis(id);
        }
        String text = document.toPrettyString();
        if (output == null) {
            print(text);
            return ExitCodes.OK;
        }
        try {
            Files.writeString(output, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("OUTPUT_FAILED", "cannot write " + output + ": " + e.getMessage(), ExitCodes.FAILED);
        }
        int events = document.path("epcisBody").path("eventList").size();
        print("Wrote " + events + " EPCIS events of batch " + id + " to " + output);
        return ExitCodes.OK;
    }
}
