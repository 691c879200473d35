package dev.anchor.cli.custody;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.cli.OrganizationNames;
import dev.anchor.cli.TextFormat;
import dev.anchor.cli.terms.TermsFile;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.UnitReceipt;
import dev.anchor.client.terms.HandoffWithTerms;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor handoff ID --to ORG}: the custodian offers the batch. */
@Command(name = "handoff", description = {"Offer a batch or logistic unit you hold to another organisation; it must "
        + "accept or reject.", "A unit (ID = its 18-digit SSCC) is handed off with every batch in it."})
public final class HandoffCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id, or a unit's SSCC")
    String id;

    @Option(names = "--to", required = true, paramLabel = "ORG", completionCandidates = OrganizationNames.Founders.class,
            description = "the recipient: ${COMPLETION-CANDIDATES}, or one the network descriptor lists")
    String recipient;

    @Option(names = "--terms", paramLabel = "FILE", description = "commercial terms (a JSON object) for the two parties "
            + "only: kept in their private data collection, the ledger holds their salted hash (docs/private-terms.md)")
    Path terms;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}} (\"unit\" for a unit)")
    boolean json;

    @Override
    public Integer call() {
        Organization to = cli().organizationNamed(recipient, "Invalid value for option '--to'");
        try (AnchorClient client = connect()) {
            if (terms != null) {
                return withTerms(client, to);
            }
            if (namesUnit(id)) {
                UnitReceipt receipt = client.initiateUnitHandoff(id, to);
                print(json ? JsonOutput.receipt(receipt) : "Handoff of unit " + id + " (" + receipt.unit().batchIds().size()
                        + " batches) to " + TextFormat.org(to.mspId()) + " initiated; waiting for " + to.shortName()
                        + " to accept or reject\ntransaction: " + receipt.transactionId());
                return ExitCodes.OK;
            }
            Receipt receipt = client.initiateHandoff(id, to);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                print("Handoff of batch " + id + " to " + TextFormat.org(to.mspId()) + " initiated by "
                        + TextFormat.org(client.organization().mspId()) + "; waiting for " + to.shortName()
                        + " to accept or reject");
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }

    private int withTerms(AnchorClient client, Organization to) {
        if (namesUnit(id)) {
            throw new CliException("INVALID_INPUT", "--terms goes with a batch handoff; " + id + " is a unit's SSCC",
                    ExitCodes.USAGE);
        }
        HandoffWithTerms sent = client.initiateHandoff(id, to, TermsFile.terms(terms));
        if (json) {
            print(JsonOutput.receipt(sent.handoff()));
        } else {
            print("Handoff of batch " + id + " to " + TextFormat.org(to.mspId()) + " initiated by "
                    + TextFormat.org(client.organization().mspId()) + "; waiting for " + to.shortName()
                    + " to accept or reject");
            print("transaction: " + sent.handoff().transactionId());
            print("terms: kept for " + TextFormat.org(sent.copy().from()) + " and " + TextFormat.org(sent.copy().to())
                    + " only; the ledger holds SHA-256 " + sent.copy().sha256() + " (transaction "
                    + sent.termsTransactionId() + ")");
        }
        return ExitCodes.OK;
    }
}
