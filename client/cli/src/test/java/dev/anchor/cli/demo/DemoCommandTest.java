package dev.anchor.cli.demo;

import dev.anchor.cli.CliRun;
import dev.anchor.cli.FakeNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {
    @TempDir
    Path home;

    private final CliRun cli = new CliRun();

    private void setupScript(String body) throws Exception {
        Path script = home.resolve("network-config/network.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/usr/bin/env bash\n" + body + "\n");
    }

    @Test
    void startsTheNetworkThenPlaysTheStoryAndPrintsTheVerifiedTrace() throws Exception {
        setupScript("echo \"building fabric ($1)\"; echo 'network is up' >&2; exit 0");
        cli.home = home;
        FakeNetwork net = new FakeNetwork();
        cli.clients = net::client;

        CliRun.Result r = cli.run("demo");

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        assertThat(out).contains("  | building fabric (up)\n", "  | network is up\n", "The network is up.");
        assertThat(out).contains("The story of batch DEMO-20261125-150158");
        assertThat(out).containsPattern(" 1\\. manufacturer records 1200 kg of Conference pears \\(GTIN 09506000134352\\) "
                + "at Orchard Lane packing station  \\[tx [0-9a-f]{12}]");
        assertThat(out).containsPattern(" 3\\. distributor  rejects it: \"temperature log missing\".*\\[tx [0-9a-f]{12}]");
        assertThat(out).containsPattern(" 7\\. retailer     accepts it.*\\[tx [0-9a-f]{12}]");
        assertThat(out).contains(" 8. auditor      reads the trace");
        assertThat(out).contains("Trace of batch DEMO-20261125-150158 (7 events, oldest first)");
        assertThat(out).contains("hash chain: verified (7 events)\n");
        assertThat(out.indexOf("network is up")).isLessThan(out.indexOf("The story"));
        assertThat(out.indexOf("hash chain: verified")).isLessThan(out.indexOf("The story of pear juice"));
    }

    @Test
    void theJuiceStoryRecallsEveryBottleAndEndsWithTheEvidence() {
        FakeNetwork net = new FakeNetwork();
        cli.clients = net::client;

        CliRun.Result r = cli.run("demo", "--skip-setup");

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        String id = "DEMO-20261125-150158";
        assertThat(r.out()).containsPattern(" 2\\. manufacturer presses 600 kg of " + id + "-PA and 400 kg of " + id
                        + "-PB into 700 l of juice " + id + "-JUICE  \\[tx [0-9a-f]{12}]")
                .containsPattern(" 4\\. manufacturer packs " + id + "-BOTTLES-A on pallet (39506000[0-9]{10})  \\[tx ")
                .containsPattern(" 9\\. distributor  tries to ship pallet 39506000[0-9]{10} on: refused, RECALLED: ")
                .containsPattern(id + "-BOTTLES-A .* in unit 39506000[0-9]{10}")
                .contains("    Trace forward from batch " + id + "-PB: 3 descendants, 3 links\n")
                .containsPattern(id + "-BOTTLES-B +Pear juice 0.75 l +500 of 500 bottle +retailer +RECALLED \\(via " + id + "-PB\\)")
                .contains("    4 batches affected, 2 acknowledged, 2 waiting\n")
                .containsPattern("14\\. auditor      checks the lab report: attached to " + id + "-PB by manufacturer at ");
    }

    @Test
    void aFailingSetupStopsTheDemoWithExit3() throws Exception {
        setupScript("echo 'downloading fabric'; echo 'no docker' >&2; exit 7");
        cli.home = home;

        CliRun.Result r = cli.run("demo");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).contains("  | downloading fabric", "  | no docker").doesNotContain("The story");
        assertThat(r.err()).isEqualTo("error: SETUP_FAILED: network-config/network.sh up failed with exit code 7 "
                + "(its output is above)\n");
        assertThat(cli.connectedAs).isEmpty();
    }

    @Test
    void aMissingSetupScriptIsReported() {
        cli.home = home;
        CliRun.Result r = cli.run("demo");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: SETUP_FAILED: network-config/network.sh not found in " + home);
    }

    @Test
    void skipSetupPlaysTheStoryOnTheRunningNetwork() {
        FakeNetwork net = new FakeNetwork();
        cli.clients = net::client;

        CliRun.Result r = cli.run("demo", "--skip-setup");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("  | ").contains("hash chain: verified (7 events)");
    }
}
