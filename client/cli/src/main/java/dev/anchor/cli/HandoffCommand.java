package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor handoff ID --to ORG}: the custodian offers the batch. */
@Command(name = "handoff", description = "Offer a batch you hold to another organisation; it must accept or reject.")
final class HandoffCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id")
    String id;

    @Option(names = "--to", required = true, paramLabel = "ORG", converter = OrganizationConverter.class,
            completionCandidates = OrganizationConverter.Names.class,
            description = "the recipient: ${COMPLETION-CANDIDATES}")
    Organization to;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
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
}
