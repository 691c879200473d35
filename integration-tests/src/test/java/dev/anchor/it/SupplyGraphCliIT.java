package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.it.CliRunner.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** batch transform, trace --back/--forward, recall, recall report/ack, evidence add/verify: the CLI on the real network. */
class SupplyGraphCliIT {
    @TempDir
    Path dir;

    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    /** Runs the command once every peer has committed what earlier commands wrote. */
    private static Run anchor(String... args) {
        return CliRunner.settled(network, args);
    }

    private static Run ok(String... args) {
        return CliRunner.ok(network, args);
    }

    private static String pears() {
        String id = TestNetwork.uniqueBatchId("cli-pear");
        ok("--org", "manufacturer", "batch", "create", "--id", id, "--product", "09506000134352", "--name",
                "Conference pears", "--quantity", "1200", "--unit", "kg", "--site", "Orchard Lane");
        return id;
    }

    @Test
    void theJuiceStoryOnTheCommandLine() throws Exception {
        String pear1 = pears();
        String pear2 = pears();
        String juice = TestNetwork.uniqueBatchId("cli-juice");
        Run made = ok("--org", "manufacturer", "batch", "transform", "--inputs", pear1 + ":600," + pear2 + ":400",
                "--id", juice, "--product", "09506000134369", "--name", "Pear juice", "--quantity", "700", "--unit", "l",
                "--site", "Press house");
        assertThat(made.out()).startsWith("Made batch " + juice + ": 700 l of Pear juice");
        Run over = anchor("--org", "manufacturer", "batch", "transform", "--inputs", pear1 + ":601", "--id",
                TestNetwork.uniqueBatchId("cli-juice"), "--product", "09506000134369", "--name", "Pear juice",
                "--quantity", "1", "--unit", "l", "--site", "Press house");
        assertThat(over.exitCode()).isEqualTo(1);
        assertThat(over.err()).startsWith("error: OVER_CONSUMPTION: cannot consume 601 kg of batch " + pear1
                + ": only 600 kg remain");
        ok("--org", "manufacturer", "handoff", juice, "--to", "distributor");
        ok("--org", "distributor", "accept", juice);

        JsonNode back = ok("--org", "auditor", "trace", juice, "--back", "--json").json();
        assertThat(back.path("nodes")).hasSize(3);
        assertThat(back.path("edges")).hasSize(2);

        Path report = Files.writeString(dir.resolve("lab-report.txt"), "Listeria in " + pear2, StandardCharsets.UTF_8);
        ok("--org", "manufacturer", "evidence", "add", pear2, report.toString(), "--type", "text/plain");
        Run verified = ok("--org", "retailer", "evidence", "verify", pear2, report.toString());
        assertThat(verified.out()).startsWith("Attached: lab-report.txt").contains("by manufacturer (ManufacturerMSP)");
        Path forged = Files.writeString(dir.resolve("forged.txt"), "All fine in " + pear2, StandardCharsets.UTF_8);
        assertThat(anchor("evidence", "verify", pear2, forged.toString()).exitCode()).isEqualTo(1);

        assertThat(anchor("--org", "distributor", "recall", pear2, "--reason", "not mine").err())
                .startsWith("error: NOT_PRODUCER: ");
        ok("--org", "manufacturer", "recall", pear2, "--reason", "Listeria in lab sample");
        Run forward = ok("--org", "auditor", "trace", pear2, "--forward");
        assertThat(forward.out()).contains(juice).containsPattern(juice + " +Pear juice +700 of 700 l +distributor +RECALLED");

        Run table = ok("--org", "auditor", "recall", "report", pear2);
        assertThat(table.out()).endsWith("2 batches affected, 0 acknowledged, 2 waiting\n");
        ok("--org", "distributor", "recall", "ack", juice);
        JsonNode json = ok("--org", "auditor", "recall", "report", pear2, "--json").json();
        assertThat(json.path("affected").get(1).path("recall").path("acknowledgedBy").asText()).isEqualTo("DistributorMSP");

        Run blocked = anchor("--org", "distributor", "handoff", juice, "--to", "retailer");
        assertThat(blocked.exitCode()).isEqualTo(1);
        assertThat(blocked.err()).startsWith("error: RECALLED: batch " + juice + " is recalled (made from recalled batch "
                + pear2 + "): \"Listeria in lab sample\"");
    }
}
