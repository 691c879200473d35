package dev.anchor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.client.custody.UnitReceipt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** unit pack/unpack/show, handoff/accept/reject with an SSCC, inventory and inbox. */
class UnitAndListingCommandsTest {
    private static final String SSCC = "106141411234567897";
    private static final String UNIT_JSON = "{\"batches\":[\"PEAR-001\",\"PEAR-002\"],\"custodian\":\"DistributorMSP\","
            + "\"packedAt\":\"2026-11-25T15:01:58.020Z\",\"packedBy\":\"ManufacturerMSP\",\"sscc\":\"" + SSCC + "\"}";
    private static final LogisticUnit UNIT = LogisticUnit.fromJson(UNIT_JSON);
    private static final Batch PEAR = Batch.fromJson("{\"batchId\":\"PEAR-003\",\"custodian\":\"DistributorMSP\","
            + "\"productName\":\"Conference pears\",\"quantity\":40,\"unit\":\"crate\",\"pendingHandoff\":{\"from\":"
            + "\"ManufacturerMSP\",\"to\":\"DistributorMSP\",\"initiatedAt\":\"2026-11-25T15:02:00Z\",\"txId\":\"t\"}}");

    private final AnchorClient client = mock(AnchorClient.class);
    private final CliRun cli = new CliRun().client(client);

    UnitAndListingCommandsTest() {
        when(client.organization()).thenReturn(Organization.DISTRIBUTOR);
    }

    @Test
    void unitPackSendsTheBatches() {
        when(client.packUnit(SSCC, List.of("PEAR-001", "PEAR-002"))).thenReturn(new UnitReceipt("tx-7", UNIT));

        CliRun.Result r = cli.run("unit", "pack", "--sscc", SSCC, "--batches", "PEAR-001,PEAR-002");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Packed 2 batches into unit " + SSCC + ": PEAR-001, PEAR-002\ntransaction: tx-7\n");
    }

    @Test
    void unitShowAndUnpack() throws Exception {
        when(client.getUnit(SSCC)).thenReturn(UNIT);
        when(client.unpackUnit(SSCC)).thenReturn(new UnitReceipt("tx-8", UNIT));

        CliRun.Result shown = cli.run("unit", "show", SSCC);
        assertThat(shown.out()).contains("Unit " + SSCC, "custodian:  distributor (DistributorMSP)",
                "batches:    2: PEAR-001, PEAR-002", "no handoff pending");
        CliRun.Result json = cli.run("unit", "show", SSCC, "--json");
        assertThat(new ObjectMapper().readTree(json.out()).path("sscc").asText()).isEqualTo(SSCC);
        CliRun.Result unpacked = cli.run("unit", "unpack", SSCC, "--json");
        JsonNode receipt = new ObjectMapper().readTree(unpacked.out());
        assertThat(receipt.path("transactionId").asText()).isEqualTo("tx-8");
        assertThat(receipt.path("unit").path("batches")).hasSize(2);
    }

    @Test
    void handoffAcceptAndRejectTakeAnSscc() {
        when(client.initiateUnitHandoff(SSCC, Organization.RETAILER)).thenReturn(new UnitReceipt("tx-1", UNIT));
        when(client.acceptUnitHandoff(SSCC)).thenReturn(new UnitReceipt("tx-2", UNIT));
        when(client.rejectUnitHandoff(SSCC, "torn")).thenReturn(new UnitReceipt("tx-3", UNIT));

        assertThat(cli.run("handoff", SSCC, "--to", "retailer").out()).startsWith("Handoff of unit " + SSCC + " (2 batches)");
        assertThat(cli.run("accept", SSCC).out()).startsWith("Accepted unit " + SSCC + " and its 2 batches");
        assertThat(cli.run("reject", SSCC, "--reason", "torn").out()).startsWith("Rejected the handoff of unit " + SSCC);
        verify(client, never()).initiateHandoff(anyString(), any());
        verify(client, never()).acceptHandoff(anyString());
    }

    @Test
    void aRefusalOfAPackedBatchIsOneLine() {
        when(client.initiateHandoff("PEAR-001", Organization.RETAILER)).thenThrow(new TransactionRefusedException(
                ErrorCode.PACKED, "batch PEAR-001 is packed in unit " + SSCC, "tx-9", null));

        CliRun.Result r = cli.run("handoff", "PEAR-001", "--to", "retailer");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: PACKED: batch PEAR-001 is packed in unit " + SSCC + "\n");
    }

    @Test
    void inventoryPrintsOneLinePerHoldingAndTheNextBookmark() {
        when(client.inventory(2, null)).thenReturn(new Page<Holding>(List.of(PEAR, UNIT), Optional.of("BMK")));

        CliRun.Result r = cli.run("inventory", "--page-size", "2");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Held by distributor (DistributorMSP) (2 items, more on the next page)\n"
                + "  batch PEAR-003  40 crate Conference pears  offered by manufacturer to distributor\n"
                + "  unit  " + SSCC + "  2 batches\n"
                + "next page: --bookmark BMK\n");
    }

    @Test
    void inboxJsonHasTheItemsAndTheBookmark() throws Exception {
        when(client.inbox(50, "BMK")).thenReturn(new Page<Holding>(List.of(UNIT), Optional.empty()));

        CliRun.Result r = cli.run("inbox", "--bookmark", "BMK", "--json");

        JsonNode page = new ObjectMapper().readTree(r.out());
        assertThat(page.path("items").get(0).path("unit").path("sscc").asText()).isEqualTo(SSCC);
        assertThat(page.has("bookmark")).isFalse();
    }
}
