package dev.anchor.cli.identity;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.identity.FabricCaClient;
import dev.anchor.cli.identity.IdentityException;
import dev.anchor.cli.identity.OrganizationCa;
import dev.anchor.cli.identity.OrganizationUsers;
import dev.anchor.client.gateway.LocalNetwork;

import java.nio.file.Files;
import java.nio.file.Path;

/** Shared by the {@code user} subcommands: the organisation's CA, its users' folders, and error reporting. */
public abstract class UserSubcommand extends AnchorCommand {
    @Override
    public final Integer call() {
        try {
            return run();
        } catch (IdentityException e) {
            int exit = e.code().equals("CONFIGURATION") || e.code().equals("CA_UNAVAILABLE") ? ExitCodes.UNAVAILABLE
                    : e.code().startsWith("INVALID_") ? ExitCodes.USAGE : ExitCodes.FAILED;
            throw new CliException(e.code(), e.getMessage(), exit);
        }
    }

    abstract int run();

    String organization() {
        return cli().organization().shortName();
    }

    private Path networkFile() {
        Path file = cli().networkFile();
        if (!Files.isRegularFile(file)) {
            throw new CliException("CONFIGURATION", "no network descriptor at " + file
                    + "; start the network with `network-config/network.sh up`", ExitCodes.UNAVAILABLE);
        }
        return file;
    }

    OrganizationCa ca() {
        return OrganizationCa.of(networkFile(), organization());
    }

    FabricCaClient caClient(OrganizationCa ca) {
        return FabricCaClient.install(cli().home(), ca);
    }

    OrganizationUsers users() {
        return OrganizationUsers.of(LocalNetwork.load(networkFile()).connectionOptions(cli().organization()));
    }

    /** The network's state folder, beside its descriptor. */
    Path stateFolder() {
        return networkFile().toAbsolutePath().getParent();
    }
}
