package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Argument parsing, usage errors, help, and how the organisation and network file are chosen. */
class AnchorCliTest {
    private final CliRun cli = new CliRun();
    private final AnchorClient client = mock(AnchorClient.class);

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun.Result r = cli.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("batch", "handoff", "accept", "reject", "trace", "demo", "--org", "--network",
                "--verbose", "Exit codes", "network unavailable");
    }

    @Test
    void subcommandHelpWorks() {
        CliRun.Result r = cli.run("batch", "create", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--id", "--product", "--name", "--quantity", "--unit", "--site", "--json");
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun.Result r = cli.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("anchor ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "batch", "frobnicate", "batch show", "batch show A B", "handoff X", "reject X",
            "batch create --id X", "batch create --id X --product 09506000134352 --name n --quantity lots --unit kg --site s",
            "trace", "accept", "--org wholesaler batch show X", "handoff X --to wholesaler", "batch show X --bogus"})
    void usageErrorsExitWith2AndNeverConnect(String args) {
        CliRun.Result r = cli.run(args.isEmpty() ? new String[0] : args.split(" "));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isNotBlank();
        assertThat(cli.connectedAs).isEmpty();
    }

    @Test
    void anUnknownOrganisationNamesTheValidOnes() {
        CliRun.Result r = cli.run("batch", "show", "X", "--org", "wholesaler");
        assertThat(r.err()).contains("unknown organisation 'wholesaler'; valid names: manufacturer, distributor, "
                + "retailer, auditor");
    }

    @Test
    void missingCreateOptionsAreNamed() {
        CliRun.Result r = cli.run("batch", "create", "--id", "X");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--product").contains("--quantity");
    }

    @Test
    void organisationDefaultsToManufacturer() {
        cli.client(client).run("batch", "show", "X");
        assertThat(cli.connectedAs).containsExactly(Organization.MANUFACTURER);
    }

    @Test
    void organisationComesFromTheEnvironment() {
        cli.env.put("ANCHOR_ORG", "auditor");
        cli.client(client).run("batch", "show", "X");
        assertThat(cli.connectedAs).containsExactly(Organization.AUDITOR);
    }

    @Test
    void organisationOptionBeatsTheEnvironmentBeforeOrAfterTheCommand() {
        cli.env.put("ANCHOR_ORG", "auditor");
        cli.client(client).run("--org", "retailer", "batch", "show", "X");
        cli.client(client).run("batch", "show", "X", "--org", "DISTRIBUTOR");
        assertThat(cli.connectedAs).containsExactly(Organization.RETAILER, Organization.DISTRIBUTOR);
    }

    @Test
    void invalidEnvironmentOrganisationIsAUsageError() {
        cli.env.put("ANCHOR_ORG", "bank");
        CliRun.Result r = cli.client(client).run("batch", "show", "X");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ANCHOR_ORG").contains("bank");
    }

    @Test
    void networkFileDefaultsToTheAnchorHome() {
        cli.client(client).run("batch", "show", "X");
        cli.client(client).run("--network", "/tmp/other.json", "accept", "X");
        assertThat(cli.networkFiles).containsExactly(Path.of("/repo/.anchor/network.json"), Path.of("/tmp/other.json"));
    }
}
