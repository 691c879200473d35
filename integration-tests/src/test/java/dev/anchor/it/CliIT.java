package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.cli.AnchorCli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The anchor CLI, in-process, against the real network: each command, its text and JSON output, refusals. */
class CliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static Run anchor(String... args) {
        CommandLine cli = AnchorCli.commandLine(TestNetwork.anchorHome());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private static String create(String id) {
        Run created = anchor("--org", "manufacturer", "batch", "create", "--id", id, "--product", "09506000134352",
                "--name", "Conference pears", "--quantity", "12.5", "--unit", "t", "--site", "Orchard Lane", "--json");
        assertThat(created.exitCode()).as(created.err()).isZero();
        return created.out();
    }

    @Test
    void batchLifecycleThroughTheCli() throws Exception {
        String id = TestNetwork.uniqueBatchId("cli");
        JsonNode created = JSON.readTree(create(id));
        assertThat(created.path("transactionId").asText()).hasSize(64);
        assertThat(created.path("batch").path("custodian").asText()).isEqualTo("ManufacturerMSP");
        assertThat(created.path("batch").path("quantity").decimalValue()).isEqualByComparingTo("12.5");

        Run handoff = anchor("--org", "manufacturer", "handoff", id, "--to", "distributor");
        assertThat(handoff.exitCode()).as(handoff.err()).isZero();

        Run shown = anchor("--org", "retailer", "batch", "show", id);
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains(id, "ManufacturerMSP", "DistributorMSP", "Conference pears");

        Run rejected = anchor("--org", "distributor", "reject", id, "--reason", "pallet damaged", "--json");
        assertThat(rejected.exitCode()).as(rejected.err()).isZero();
        assertThat(rejected.json().path("batch").has("pendingHandoff")).isFalse();

        assertThat(anchor("--org", "manufacturer", "handoff", id, "--to", "distributor").exitCode()).isZero();
        Run accepted = anchor("--org", "distributor", "accept", id, "--json");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.json().path("batch").path("custodian").asText()).isEqualTo("DistributorMSP");

        Run trace = anchor("--org", "auditor", "trace", id);
        assertThat(trace.exitCode()).as(trace.err()).isZero();
        assertThat(trace.out()).contains("PRODUCED", "HANDOFF_REJECTED", "pallet damaged", "HANDOFF_ACCEPTED")
                .contains("hash chain: verified (5 events)");

        JsonNode traced = anchor("--org", "auditor", "trace", id, "--json").json();
        assertThat(traced.path("batchId").asText()).isEqualTo(id);
        assertThat(traced.path("events")).hasSize(5);
        assertThat(traced.path("events").get(0).path("type").asText()).isEqualTo("PRODUCED");
        assertThat(traced.path("events").get(4).path("type").asText()).isEqualTo("HANDOFF_ACCEPTED");
        assertThat(traced.path("verification").path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRefusalIsOneLineWithItsCodeAndExitOne() {
        String id = TestNetwork.uniqueBatchId("cli-refusal");
        create(id);

        Run notRecipient = anchor("--org", "retailer", "accept", id);
        assertThat(notRecipient.exitCode()).isEqualTo(1);
        assertThat(notRecipient.out()).isEmpty();
        assertThat(notRecipient.err()).matches("error: NO_PENDING_HANDOFF: [^\\n]+\\n");

        Run auditorWrites = anchor("--org", "auditor", "handoff", id, "--to", "retailer");
        assertThat(auditorWrites.exitCode()).isEqualTo(1);
        assertThat(auditorWrites.err()).matches("error: FORBIDDEN_ROLE: [^\\n]+\\n");

        Run missing = anchor("--org", "auditor", "batch", "show", TestNetwork.uniqueBatchId("nowhere"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).matches("error: BATCH_NOT_FOUND: [^\\n]+\\n");

        Run badQuantity = anchor("--org", "manufacturer", "batch", "create", "--id", TestNetwork.uniqueBatchId("neg"),
                "--product", "09506000134352", "--name", "Pears", "--quantity", "-3", "--unit", "kg", "--site", "X");
        assertThat(badQuantity.exitCode()).isNotZero();
        assertThat(badQuantity.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void unitsInventoryAndInboxThroughTheCli() throws Exception {
        String a = TestNetwork.uniqueBatchId("cli-unit");
        String b = TestNetwork.uniqueBatchId("cli-unit");
        create(a);
        create(b);
        String sscc = TestNetwork.uniqueSscc();

        Run packed = anchor("--org", "manufacturer", "unit", "pack", "--sscc", sscc, "--batches", a + "," + b, "--json");
        assertThat(packed.exitCode()).as(packed.err()).isZero();
        assertThat(packed.json().path("unit").path("batches")).hasSize(2);

        Run alone = anchor("--org", "manufacturer", "handoff", a, "--to", "distributor");
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.err()).matches("error: PACKED: [^\\n]+\\n");

        Run bad = anchor("--org", "manufacturer", "unit", "show", "106141411234567890");
        assertThat(bad.err()).matches("error: INVALID_SSCC: [^\\n]+\\n");

        assertThat(anchor("--org", "manufacturer", "handoff", sscc, "--to", "distributor").exitCode()).isZero();
        Run inbox = anchor("--org", "distributor", "inbox", "--page-size", "1000", "--json");
        assertThat(inbox.exitCode()).as(inbox.err()).isZero();
        assertThat(inbox.out()).contains("\"sscc\":\"" + sscc + "\"");
        Run accepted = anchor("--org", "distributor", "accept", sscc);
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).startsWith("Accepted unit " + sscc + " and its 2 batches");

        Run shown = anchor("--org", "auditor", "unit", "show", sscc);
        assertThat(shown.out()).contains("custodian:  distributor (DistributorMSP)", a, b);
        Run inventory = anchor("--org", "distributor", "inventory", "--page-size", "1000");
        assertThat(inventory.exitCode()).as(inventory.err()).isZero();
        assertThat(inventory.out()).contains("batch " + a, "in unit " + sscc, "unit  " + sscc);
        Run trace = anchor("--org", "auditor", "trace", b);
        assertThat(trace.out()).contains("packed into unit " + sscc, "with unit " + sscc, "hash chain: verified (4 events)");

        Run badBookmark = anchor("--org", "distributor", "inventory", "--bookmark", "AAAA");
        assertThat(badBookmark.exitCode()).isEqualTo(1);
        assertThat(badBookmark.err()).matches("error: INVALID_BOOKMARK: [^\\n]+\\n");
        assertThat(anchor("--org", "distributor", "unit", "unpack", sscc).exitCode()).isZero();
    }
}
