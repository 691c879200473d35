package dev.anchor.cli.identity;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import picocli.CommandLine.Command;

/** {@code anchor user ...}: the organisation's users at its Fabric CA. */
@Command(name = "user", description = "Register, enrol, list and revoke the organisation's users (its Fabric CA).",
        subcommands = {UserRegisterCommand.class, UserEnrollCommand.class, UserListCommand.class,
                UserRevokeCommand.class})
public final class UserCommand extends AnchorCommand {
    @Override
    public Integer call() {
        throw new CliException("USAGE", "missing subcommand: register, enroll, list or revoke", ExitCodes.USAGE);
    }
}
