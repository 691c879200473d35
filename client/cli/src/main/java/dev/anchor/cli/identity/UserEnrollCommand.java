package dev.anchor.cli.identity;

import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.identity.EnrolmentSecrets;
import dev.anchor.cli.identity.IdentityException;
import dev.anchor.cli.identity.OrganizationCa;
import dev.anchor.cli.identity.OrganizationUsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code anchor --org ORG user enroll NAME}: enrols a registered user with the organisation's CA (a new key and
 * certificate) into the network's crypto folder, where {@code --user NAME} finds it.
 */
@Command(name = "enroll", description = "Enrol a registered user: a key and a certificate from the organisation's CA,"
        + " used by --user NAME.")
public final class UserEnrollCommand extends UserSubcommand {
    @Parameters(paramLabel = "NAME", description = "the user's name")
    String name;

    @Option(names = "--secret", paramLabel = "SECRET",
            description = "the enrolment secret (default: the one `user register` kept)")
    String secret;

    @Override
    int run() {
        OrganizationUsers.checkName(name);
        OrganizationUsers users = users();
        OrganizationCa ca = ca();
        String id = users.enrollmentId(name);
        String known = secret != null ? secret : new EnrolmentSecrets(ca.secrets()).find(id).orElseThrow(() ->
                new IdentityException("NO_SECRET", "no enrolment secret kept for " + id + "; give it with --secret,"
                        + " or register the user first: anchor --org " + organization() + " user register " + name
                        + " --role ROLE"));
        Path folder = users.enrolmentFolder(name);
        caClient(ca).enroll(id, known, folder);
        Path msp = users.install(name, folder);
        print("enrolled " + id + " into " + msp + "; act as it with: anchor --org " + organization() + " --user "
                + name + " ...");
        return ExitCodes.OK;
    }
}
