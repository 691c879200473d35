package dev.anchor.it;

import dev.anchor.client.custody.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role in a user's certificate (attribute {@code anchor.role}, given by its organisation's Fabric CA) decides what
 * it may write, on the real network: an {@code operator} records a batch but may not recall it ({@code FORBIDDEN_ROLE}
 * naming the role needed, nothing written); a {@code quality} user of the same organisation may. Each event names the
 * certificate's subject of the user who acted, and {@code trace} shows it.
 */
class UserRoleIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @Test
    void anOperatorRecordsButMayNotRecallWhileAQualityUserMay() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String operator = "operator-" + suffix;
        String quality = "quality-" + suffix;
        CliRunner.ok(network, "--org", "manufacturer", "user", "register", operator, "--role", "operator");
        CliRunner.ok(network, "--org", "manufacturer", "user", "enroll", operator);
        CliRunner.ok(network, "--org", "manufacturer", "user", "register", quality, "--role", "quality");
        CliRunner.ok(network, "--org", "manufacturer", "user", "enroll", quality);

        String batchId = TestNetwork.uniqueBatchId("role");
        CliRunner.ok(network, "--org", "manufacturer", "--user", operator, "batch", "create", "--id", batchId,
                "--product", "09506000134352", "--name", "Conference pears", "--quantity", "10", "--unit", "kg",
                "--site", "Orchard Lane");
        Batch recorded = network.as(MANUFACTURER).getBatch(batchId);

        CliRunner.Run refused = CliRunner.settled(network, "--org", "manufacturer", "--user", operator, "recall",
                batchId, "--reason", "Listeria in lab sample 4711");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("FORBIDDEN_ROLE").contains("RecallBatch needs role quality")
                .contains("\"operator\"").doesNotContain("Exception");
        Batch afterRefusal = network.as(MANUFACTURER).getBatch(batchId);
        assertThat(afterRefusal.recall()).isEmpty();
        assertThat(afterRefusal.eventCount()).isEqualTo(recorded.eventCount());
        assertThat(afterRefusal.lastEventHash()).isEqualTo(recorded.lastEventHash());

        CliRunner.ok(network, "--org", "manufacturer", "--user", quality, "recall", batchId, "--reason",
                "Listeria in lab sample 4711");
        Batch recalled = network.as(MANUFACTURER).getBatch(batchId);
        assertThat(recalled.recall()).isPresent();
        assertThat(recalled.eventCount()).isEqualTo(recorded.eventCount() + 1);

        // every event names who acted: the organisation and the certificate's subject, which trace shows
        CliRunner.Run trace = CliRunner.ok(network, "--org", "auditor", "trace", batchId);
        assertThat(trace.out()).containsPattern("PRODUCED +manufacturer \\(" + operator + "@manufacturer\\.anchor\\.local\\)")
                .containsPattern("RECALLED +manufacturer \\(" + quality + "@manufacturer\\.anchor\\.local\\)");
        assertThat(network.as(MANUFACTURER).getProvenance(batchId).events().get(0).actorSubject().orElseThrow())
                .startsWith("CN=" + operator + "@manufacturer.anchor.local,");
    }

    @Test
    void theAuditorsDefaultUserMayReadButNotWrite() {
        String batchId = TestNetwork.uniqueBatchId("auditor-role");
        CliRunner.ok(network, "--org", "manufacturer", "batch", "create", "--id", batchId, "--product",
                "09506000134352", "--name", "Conference pears", "--quantity", "10", "--unit", "kg", "--site",
                "Orchard Lane");
        CliRunner.Run read = CliRunner.settled(network, "--org", "auditor", "batch", "show", batchId);
        assertThat(read.exitCode()).isZero();
        assertThat(read.out()).contains(batchId);

        CliRunner.Run recall = CliRunner.settled(network, "--org", "auditor", "recall", batchId, "--reason",
                "an auditor's finding");
        assertThat(recall.exitCode()).isNotZero();
        assertThat(recall.err()).contains("FORBIDDEN_ROLE").contains("RecallBatch needs role quality")
                .contains("\"auditor\"");
        assertThat(network.as(MANUFACTURER).getBatch(batchId).recall()).isEmpty();
    }
}
