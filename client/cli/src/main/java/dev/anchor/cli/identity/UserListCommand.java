package dev.anchor.cli.identity;

import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.identity.OrganizationUsers;
import dev.anchor.cli.identity.RegisteredIdentity;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;

/** {@code anchor --org ORG user list}: the identities registered with the organisation's CA. */
@Command(name = "list", description = "List the identities registered with the organisation's CA, their type and role.")
public final class UserListCommand extends UserSubcommand {
    @Override
    int run() {
        OrganizationUsers users = users();
        List<RegisteredIdentity> identities = caClient(ca()).identities();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-44s %-8s %-9s %s", "IDENTITY", "TYPE", "ROLE", "ENROLLED HERE"));
        String suffix = "@" + users.domain();
        for (RegisteredIdentity identity : identities) {
            String id = identity.enrollmentId();
            boolean user = id.endsWith(suffix) && identity.type().equals("client");
            String here = user && users.enrolled(id.substring(0, id.length() - suffix.length())) ? "yes" : "";
            lines.add(String.format("%-44s %-8s %-9s %s", id, identity.type(),
                    identity.role().isEmpty() ? "-" : identity.role(), here).stripTrailing());
        }
        print(lines);
        return ExitCodes.OK;
    }
}
