package dev.anchor.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Fabric CA keeps its identities in its own database under .anchor/ca/: a user registered before the CA is killed
 * is still registered after {@code network.sh up} has started it again, and enrols with its secret.
 *
 * <p>Tagged {@code disruptive} (it kills the manufacturer's CA): Maven runs it after the other integration tests.
 */
@Tag("disruptive")
class CaRestartIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @Test
    void aRestartedCaKeepsItsUsers() throws Exception {
        String name = "kept-" + Long.toString(System.nanoTime(), 36);
        CliRunner.ok(network, "--org", "retailer", "user", "register", name, "--role", "quality");

        NetworkProcesses processes = new NetworkProcesses(TestNetwork.anchorHome());
        processes.kill("ca-retailer");
        processes.restart();

        CliRunner.Run list = CliRunner.ok(network, "--org", "retailer", "user", "list");
        assertThat(list.out()).containsPattern(name + "@retailer\\.anchor\\.local +client +quality");
        CliRunner.ok(network, "--org", "retailer", "user", "enroll", name);
        CliRunner.Run batches = CliRunner.ok(network, "--org", "retailer", "--user", name, "inventory");
        assertThat(batches.err()).isEmpty();
    }
}
