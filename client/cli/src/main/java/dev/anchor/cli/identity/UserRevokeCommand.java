package dev.anchor.cli.identity;

import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.identity.ChannelRevocationList;
import dev.anchor.cli.identity.OrganizationCa;
import dev.anchor.cli.identity.OrganizationUsers;
import dev.anchor.cli.identity.RevocationReasons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code anchor --org ORG user revoke NAME --reason R}: revokes the user at the organisation's CA, and puts the CA's
 * new CRL into the organisation's MSP in the channel configuration, after which every peer refuses the user.
 */
@Command(name = "revoke", description = {"Revoke a user at the organisation's CA and publish the CA's CRL in the channel",
        "configuration; every peer then refuses the user's transactions.",
        "Reasons: unspecified, keycompromise, cacompromise, affiliationchange, superseded, cessationofoperation,",
        "certificatehold, removefromcrl, privilegewithdrawn, aacompromise."})
public final class UserRevokeCommand extends UserSubcommand {
    @Parameters(paramLabel = "NAME", description = "the user's name")
    String name;

    @Option(names = "--reason", paramLabel = "R", required = true, description = "why (an RFC 5280 reason, see above)")
    String reason;

    @Override
    int run() {
        OrganizationUsers.checkName(name);
        String checkedReason = RevocationReasons.check(reason);
        OrganizationUsers users = users();
        OrganizationCa ca = ca();
        String id = users.enrollmentId(name);
        Path crl = caClient(ca).revoke(id, checkedReason);
        print("revoked " + id + " at " + ca.name() + " (" + checkedReason + ")");
        print(ChannelRevocationList.publish(cli().home(), stateFolder(), organization(), crl));
        return ExitCodes.OK;
    }
}
