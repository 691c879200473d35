package dev.anchor.cli.evidence;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.evidence.Evidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;

/** {@code anchor evidence verify ID FILE}: was this exact file attached to the batch, by whom and when. */
@Command(name = "verify", description = {
        "Say whether this exact file (by its SHA-256) was attached to the batch, by whom and when.",
        "Exits 1 when it was not."})
public final class EvidenceVerifyCommand extends AnchorCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "the batch id")
    String id;

    @Parameters(index = "1", paramLabel = "FILE", description = "the document to check")
    Path file;

    @Option(names = "--json", description = "print {\"attached\":...,\"batchId\":...,\"sha256\":...,\"evidence\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        String sha256 = EvidenceFile.sha256(file);
        try (AnchorClient client = connect()) {
            Optional<Evidence> evidence = client.findEvidence(id, sha256);
            if (json) {
                print(EvidenceJson.check(id, sha256, evidence));
            } else if (evidence.isPresent()) {
                Evidence e = evidence.get();
                print("Attached: " + file.getFileName() + " (SHA-256 " + sha256 + ") was attached to batch " + id + " by "
                        + TextFormat.org(e.attachedBy()) + " at " + TextFormat.time(e.attachedAt()) + " ("
                        + e.mediaType() + ", " + e.size() + " bytes" + (e.uri() == null ? "" : ", " + e.uri())
                        + "; transaction " + e.txId() + ")");
            } else {
                print("Not attached: no document with SHA-256 " + sha256 + " (" + file.getFileName()
                        + ") is attached to batch " + id);
            }
            return evidence.isPresent() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
