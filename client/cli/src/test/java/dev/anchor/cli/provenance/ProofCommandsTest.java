package dev.anchor.cli.provenance;

import dev.anchor.cli.CliRun;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.FakeNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code trace --proof} and {@code verify-proof} in-process. That real proofs verify (and tampered ones do not) is
 * tested in the SDK on bundles from the network and in the integration tests; here, the commands' contract.
 */
class ProofCommandsTest {
    private final FakeNetwork net = FakeNetwork.pearStory();
    private final CliRun cli = new CliRun();

    @BeforeEach
    void connect() {
        cli.clients = net::client;
    }

    @Test
    void traceWithProofWritesTheBundleAndShowsTheTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pear.proof.json");
        CliRun.Result r = cli.run("--org", "auditor", "trace", "PEAR-1", "--proof", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Trace of batch PEAR-1 (5 events, oldest first)\n")
                .contains("hash chain: verified (5 events)\n")
                .contains("proof: written to " + file + " (0 blocks, 0 headers)");
        assertThat(Files.readString(file)).startsWith("{\"batchId\":\"PEAR-1\"")
                .contains("\"format\":\"anchor-provenance-proof/1\"").endsWith("}\n");
    }

    @Test
    void verifyProofPrintsAVerdictPerCheckAndExits5WhenItFails(@TempDir Path dir) {
        Path file = dir.resolve("pear.proof.json");
        assertThat(cli.run("--org", "auditor", "trace", "PEAR-1", "--proof", file.toString()).exitCode()).isZero();
        cli.clients = org -> {
            throw new AssertionError("verify-proof must not connect");
        };

        CliRun.Result r = cli.run("verify-proof", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROOF_REJECTED);
        assertThat(r.out()).startsWith("proof of batch PEAR-1 on channel supplychain (chaincode anchor)\n")
                .contains("FAILED  bundle ")
                .endsWith("verdict: REJECTED (bundle)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anUnreadableBundleIsOneErrorLineAndExit5(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("junk.json");
        Files.writeString(file, "not json");

        CliRun.Result junk = cli.run("verify-proof", file.toString());
        CliRun.Result missing = cli.run("verify-proof", dir.resolve("absent.json").toString());

        assertThat(junk.exitCode()).isEqualTo(ExitCodes.PROOF_REJECTED);
        assertThat(junk.err()).matches("error: INVALID_PROOF: cannot read the proof bundle: not valid JSON[^\\n]*\\n");
        assertThat(missing.exitCode()).isEqualTo(5);
        assertThat(missing.err()).isEqualTo("error: INVALID_PROOF: cannot read " + dir.resolve("absent.json")
                + ": file not found\n");
    }

    @Test
    void aMissingTrustDirectoryIsAUsageError(@TempDir Path dir) {
        CliRun.Result r = cli.run("verify-proof", dir.resolve("p.json").toString(), "--trust",
                dir.resolve("nowhere").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: CONFIGURATION: trust directory " + dir.resolve("nowhere")
                + " not found\n");
    }
}
