package dev.anchor.cli.terms;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.terms.PartyTerms;
import dev.anchor.client.terms.TermsDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor terms show ID}: the terms of the batch's handoffs, for the two parties only. */
@Command(name = "show", description = {"Show the commercial terms of the batch's handoffs that your organisation is a "
        + "party to, from your own peer. Any other organisation is refused (NOT_A_PARTY)."})
public final class TermsShowCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id")
    String id;

    @Option(names = "--save", paramLabel = "FILE", description = "write the private copy (salt included) to FILE, "
            + "to disclose it: `terms verify` checks it")
    Path save;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            List<PartyTerms> all = client.handoffTerms(id);
            for (PartyTerms terms : all) {
                TermsDeclaration d = terms.declaration();
                print("Terms of the handoff of " + id + " from " + TextFormat.org(d.from()) + " to "
                        + TextFormat.org(d.to()) + " (SHA-256 " + d.termsHash() + ", transaction " + d.txId() + "):");
                print(terms.copy().map(copy -> copy.terms().toPrettyString())
                        .orElse("(purged: no copy on this peer; the hash stays on the ledger)"));
            }
            if (save != null) {
                String copy = all.stream().flatMap(t -> t.copy().stream()).findFirst()
                        .orElseThrow(() -> new CliException("TERMS_PURGED", "no copy of the terms of " + id
                                + " to save: purged", ExitCodes.FAILED)).json();
                write(save, copy);
                print("copy saved to " + save);
            }
        }
        return ExitCodes.OK;
    }

    private static void write(Path file, String copy) {
        try {
            Files.writeString(file, copy + "\n");
        } catch (IOException e) {
            throw new CliException("FILE_UNWRITABLE", "cannot write " + file + ": " + e.getMessage(), ExitCodes.FAILED);
        }
    }
}
