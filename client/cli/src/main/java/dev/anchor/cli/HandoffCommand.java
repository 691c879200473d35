package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.UnitReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor handoff ID --to ORG}: the custodian offers the batch. */
@Command(name = "handoff", description = {"Offer a batch or logistic unit you hold to another organisation; it must "
        + "accept or reject.", "A unit (ID = its 18-digit SSCC) is handed off with every batch in it."})
final class HandoffCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id, or a unit's SSCC")
    String id;

    @Option(names = "--to", required = true, paramLabel = "ORG", converter = OrganizationConverter.class,
            completionCandidates = OrganizationConverter.Names.class,
            description = "the recipient: ${COMPLETION-CANDIDATES}")
    Organization to;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}} (\"unit\" for a unit)")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
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
}
