package dev.anchor.cli.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identity registered with an organisation's CA, as {@code fabric-ca-client identity list} prints it.
 *
 * @param enrollmentId its enrolment ID, also its certificate's common name ({@code alice@manufacturer.anchor.local})
 * @param type         its type, also its certificate's OU and so its role in the channel: client, peer, admin,
 *                     orderer
 * @param role         its {@code anchor.role} attribute, or empty
 */
public record RegisteredIdentity(String enrollmentId, String type, String role) {
    private static final Pattern LINE = Pattern.compile("^Name: (.*?), Type: (\\S*?),.*$");
    private static final Pattern ROLE = Pattern.compile("\\{Name:" + Pattern.quote(CaRoles.ATTRIBUTE)
            + " Value:(\\S*) ECert:");

    /** Reads one line of {@code identity list}; other lines give empty. */
    static Optional<RegisteredIdentity> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Matcher role = ROLE.matcher(line);
        return Optional.of(new RegisteredIdentity(m.group(1), m.group(2), role.find() ? role.group(1) : ""));
    }
}
