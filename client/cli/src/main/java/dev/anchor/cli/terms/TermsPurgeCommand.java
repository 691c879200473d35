package dev.anchor.cli.terms;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.terms.TermsDeclaration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code anchor terms purge ID}: either party removes the private copies for good; the hash stays. */
@Command(name = "purge", description = {"Remove the private copies of the batch's terms that your organisation is a "
        + "party to from both parties' peers for good (Fabric's purge). The hash stays on the ledger."})
public final class TermsPurgeCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id")
    String id;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            for (TermsDeclaration d : client.purgeTerms(id)) {
                print("Purged the terms of the handoff of " + id + " from " + TextFormat.org(d.from()) + " to "
                        + TextFormat.org(d.to()) + "; the ledger keeps SHA-256 " + d.termsHash());
            }
        }
        return ExitCodes.OK;
    }
}
