package dev.anchor.cli.terms;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.terms.TermsCheck;
import dev.anchor.client.terms.TermsDisclosure;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code anchor terms verify ID FILE}: is this disclosed copy the one whose hash the handoff declared. */
@Command(name = "verify", description = {"Check a disclosed copy of a handoff's terms (from `terms show --save`) "
        + "against the hash on the ledger; any organisation may.", "Exits 1 when it does not match."})
public final class TermsVerifyCommand extends AnchorCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "the batch id")
    String id;

    @Parameters(index = "1", paramLabel = "FILE", description = "the disclosed copy")
    Path file;

    @Override
    public Integer call() {
        TermsDisclosure copy = TermsDisclosure.parse(TermsFile.text(file));
        if (!copy.id().equals(id)) {
            throw new CliException("INVALID_INPUT", file + " is a copy of the terms of " + copy.id() + ", not of "
                    + id, ExitCodes.FAILED);
        }
        try (AnchorClient client = connect()) {
            TermsCheck check = copy.check(client.termsDeclarations(id));
            if (check.matches()) {
                print("Verified: " + file.getFileName() + " is the copy of the terms of the handoff of " + id + " from "
                        + TextFormat.org(copy.from()) + " to " + TextFormat.org(copy.to()) + " (SHA-256 "
                        + check.copyHash() + ", transaction " + check.declaration().get().txId() + ")");
                return ExitCodes.OK;
            }
            print(check.declaration().map(d -> "Does not match: " + file.getFileName() + " hashes to "
                    + check.copyHash() + ", the handoff of " + id + " declared " + d.termsHash())
                    .orElse("Does not match: the ledger declares no terms of the handoff of " + id + " from "
                            + copy.from() + " to " + copy.to()));
            return ExitCodes.FAILED;
        }
    }
}
