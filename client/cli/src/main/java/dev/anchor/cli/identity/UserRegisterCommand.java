package dev.anchor.cli.identity;

import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.identity.CaRoles;
import dev.anchor.cli.identity.EnrolmentSecrets;
import dev.anchor.cli.identity.OrganizationCa;
import dev.anchor.cli.identity.OrganizationUsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code anchor --org ORG user register NAME --role ROLE}: registers NAME@<org domain> with the organisation's CA,
 * as its admin, with {@code anchor.role=ROLE} in the certificates it will get; the enrolment secret is kept in the
 * CA's secrets folder for {@code user enroll}.
 */
@Command(name = "register", description = {"Register a user with the organisation's CA, with a role in its certificate.",
        "Roles: operator, quality (manufacturer, distributor, retailer); auditor (auditor)."})
public final class UserRegisterCommand extends UserSubcommand {
    @Parameters(paramLabel = "NAME", description = "the user's name (its certificate's CN is NAME@<org domain>)")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", required = true, description = "operator, quality or auditor")
    String role;

    @Override
    int run() {
        OrganizationUsers.checkName(name);
        CaRoles.check(organization(), role);
        OrganizationUsers users = users();
        OrganizationCa ca = ca();
        String id = users.enrollmentId(name);
        String secret = new EnrolmentSecrets(ca.secrets()).create(id);
        caClient(ca).register(id, secret, role);
        print("registered " + id + " with " + ca.name() + ", role " + role
                + "; enrol it with: anchor --org " + organization() + " user enroll " + name);
        return ExitCodes.OK;
    }
}
