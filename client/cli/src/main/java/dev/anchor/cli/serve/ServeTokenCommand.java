package dev.anchor.cli.serve;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.server.access.AccessTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * {@code anchor serve token}: a bearer token for a user of this organisation, signed with its server's secret
 * ({@code .anchor/serve/<MSP ID>/token.key}); whoever can read that folder acts for the organisation already.
 */
@Command(name = "token", description = {"Print a bearer token for a user of this organisation, for `anchor serve`:",
        "  curl -H \"Authorization: Bearer $(./anchor --org distributor serve token)\" …"})
public final class ServeTokenCommand extends AnchorCommand {
    @Option(names = "--hours", paramLabel = "N", defaultValue = "8", description = "valid for N hours (default: 8)")
    long hours;

    @Override
    public Integer call() {
        if (hours < 1 || hours > 24 * 366) {
            throw new CliException("USAGE", "--hours: 1 to 8784, not " + hours, ExitCodes.USAGE);
        }
        String mspId = cli().organization().mspId();
        AccessTokens tokens = AccessTokens.load(ServeCommand.servingFolder(this, mspId).resolve("token.key"), mspId);
        String user = cli().user() == null ? "User1" : cli().user();
        print(tokens.issue(user, Duration.ofHours(hours), cli().clock().instant()));
        return ExitCodes.OK;
    }
}
