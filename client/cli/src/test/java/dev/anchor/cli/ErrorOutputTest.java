package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Failures print exactly one line {@code error: CODE: message} on stderr and exit with the documented code. */
class ErrorOutputTest {
    private final CliRun cli = new CliRun();
    private final AnchorClient client = mock(AnchorClient.class);

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = {"INVALID_INPUT", "BATCH_EXISTS", "BATCH_NOT_FOUND", "FORBIDDEN_ROLE",
            "NOT_CUSTODIAN", "HANDOFF_PENDING", "NO_PENDING_HANDOFF", "NOT_RECIPIENT", "UNKNOWN_ORG", "OVER_CONSUMPTION",
            "RECALLED", "NOT_PRODUCER", "NOT_RECALLED", "ALREADY_ACKNOWLEDGED", "EVIDENCE_EXISTS", "TRACE_TOO_LARGE"})
    void aRefusalIsOneLineWithItsCodeAndExit1(ErrorCode code) {
        when(client.initiateHandoff(anyString(), any())).thenThrow(
                new TransactionRefusedException(code, "the chaincode says no", "tx-9", null));

        CliRun.Result r = cli.client(client).run("handoff", "PEAR-001", "--to", "retailer");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: " + code + ": the chaincode says no\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unavailableExits3WithAHint() {
        when(client.getBatch("X")).thenThrow(new NetworkUnavailableException(
                "peer 127.0.0.1:7051 is unavailable (Connection refused: /127.0.0.1:7051)", null, null));

        CliRun.Result r = cli.client(client).run("batch", "show", "X");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: UNAVAILABLE: peer 127.0.0.1:7051 is unavailable")
                .contains("network-config/network.sh up");
    }

    @Test
    void missingNetworkDescriptorSaysHowToCreateIt(@TempDir Path home) {
        cli.home = home;
        cli.factory = ClientFactory.localNetwork();

        CliRun.Result r = cli.run("batch", "show", "X");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: CONFIGURATION: no network descriptor at " + home.resolve(".anchor/network.json"))
                .contains("network-config/network.sh up").contains("./anchor demo");
    }

    @Test
    void commitFailureExits1() {
        when(client.acceptHandoff("X")).thenThrow(new CommitFailedException("MVCC_READ_CONFLICT", "tx-3"));

        CliRun.Result r = cli.client(client).run("accept", "X");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: COMMIT_FAILED: transaction tx-3 was not committed")
                .contains("MVCC_READ_CONFLICT");
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        when(client.getBatch("X")).thenThrow(new TransactionRefusedException(ErrorCode.INVALID_INPUT,
                "first line\nsecond line\r\n  third", null, null));

        CliRun.Result r = cli.client(client).run("batch", "show", "X");

        assertThat(r.err()).isEqualTo("error: INVALID_INPUT: first line second line third\n");
    }

    @Test
    void unexpectedFailuresAreOneLineWithoutStackTrace() {
        when(client.getBatch("X")).thenThrow(new IllegalStateException("boom"));

        CliRun.Result r = cli.client(client).run("batch", "show", "X");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: UNEXPECTED: IllegalStateException: boom\n");
    }

    @Test
    void verbosePrintsTheStackTraceToo() {
        when(client.getBatch("X")).thenThrow(new TransactionRefusedException(ErrorCode.BATCH_NOT_FOUND,
                "batch X does not exist", null, new RuntimeException("gateway detail")));

        CliRun.Result r = cli.client(client).run("--verbose", "batch", "show", "X");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("\tat ").contains("gateway detail")
                .endsWith("error: BATCH_NOT_FOUND: batch X does not exist\n");
        assertThat(cli.connectedAs).containsExactly(Organization.MANUFACTURER);
    }

    @Test
    void exitCodesByErrorCode() {
        assertThat(AnchorCli.exitCode(ErrorCode.UNAVAILABLE)).isEqualTo(3);
        assertThat(AnchorCli.exitCode(ErrorCode.CONFIGURATION)).isEqualTo(3);
        assertThat(AnchorCli.exitCode(ErrorCode.NOT_RECIPIENT)).isEqualTo(1);
        assertThat(AnchorCli.exitCode(ErrorCode.UNEXPECTED)).isEqualTo(1);
    }
}
