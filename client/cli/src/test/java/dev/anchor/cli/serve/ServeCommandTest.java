package dev.anchor.cli.serve;

import dev.anchor.cli.CliRun;
import dev.anchor.cli.ExitCodes;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** anchor serve's options and anchor serve token (the server itself: docs/epcis-rest.md, EpcisServerIT). */
class ServeCommandTest {
    @TempDir
    Path home;

    @Test
    void aTokenIsForAUserOfTheOrganisationAndSignedWithItsServersSecret() {
        CliRun cli = new CliRun();
        cli.home = home;

        CliRun.Result r = cli.run("--org", "retailer", "serve", "token", "--user", "alice", "--hours", "2");

        assertThat(r.exitCode()).as(r.err()).isZero();
        AccessTokens tokens = AccessTokens.load(home.resolve(".anchor/serve/RetailerMSP/token.key"), "RetailerMSP");
        assertThat(tokens.verify(r.out().strip(), CliRun.CLOCK.instant().plus(Duration.ofMinutes(119))))
                .contains(new Caller("RetailerMSP", "alice"));
        assertThat(tokens.verify(r.out().strip(), CliRun.CLOCK.instant().plus(Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void aTokenLivesAnHourToAYear() {
        CliRun cli = new CliRun();
        cli.home = home;

        CliRun.Result r = cli.run("--org", "retailer", "serve", "token", "--hours", "0");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--hours: 1 to 8784, not 0");
    }

    @Test
    void aTlsCertificateGoesWithItsKey() {
        CliRun cli = new CliRun();
        cli.home = home;

        CliRun.Result r = cli.run("--org", "retailer", "serve", "--tls-cert", "server.crt");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--tls-cert and --tls-key go together");
    }
}
