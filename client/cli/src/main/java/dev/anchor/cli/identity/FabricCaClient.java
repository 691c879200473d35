package dev.anchor.cli.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Talks to one organisation's Fabric CA through the {@code fabric-ca-client} program that
 * {@code network-config/install-fabric-ca.sh} builds: registers, enrols, lists and revokes users. Registering,
 * listing and revoking act as the organisation's admin, whose certificate allows it (hf.Registrar.Roles=client,
 * hf.Registrar.Attributes=anchor.role, hf.Revoker, hf.GenCRL).
 *
 * <pre>{@code
 * FabricCaClient ca = FabricCaClient.install(anchorHome, OrganizationCa.of(networkFile, "manufacturer"));
 * ca.register("alice@manufacturer.anchor.local", secret, "quality");
 * ca.enroll("alice@manufacturer.anchor.local", secret, folder);
 * }</pre>
 */
public final class FabricCaClient {
    private static final long SECONDS = 60;

    private final Path program;
    private final OrganizationCa ca;

    FabricCaClient(Path program, OrganizationCa ca) {
        this.program = program;
        this.ca = ca;
    }

    /**
     * Builds {@code fabric-ca-client} when it is not in the cache yet (network-config/install-fabric-ca.sh).
     *
     * @param anchorHome the repository (holding network-config/)
     * @param ca         the CA to talk to
     */
    public static FabricCaClient install(Path anchorHome, OrganizationCa ca) {
        Path script = anchorHome.resolve("network-config").resolve("install-fabric-ca.sh");
        String output = NetworkProgram.run("finding fabric-ca-client", List.of(script.toString()), Map.of(), 900);
        List<String> lines = output.lines().filter(l -> !l.isBlank() && !l.startsWith("[")).toList();
        if (lines.isEmpty()) {
            throw new IdentityException("CONFIGURATION", script + " printed no folder");
        }
        return new FabricCaClient(Path.of(lines.get(lines.size() - 1).strip(), "bin", "fabric-ca-client"), ca);
    }

    /** Registers a client identity carrying {@code anchor.role=role} in its certificates. */
    public void register(String enrollmentId, String secret, String role) {
        run("registering " + enrollmentId + " with " + ca.name(), asAdmin("register",
                "--id.name", enrollmentId, "--id.secret", secret, "--id.type", "client",
                "--id.attrs", CaRoles.ATTRIBUTE + "=" + role + ":ecert"));
    }

    /**
     * Enrols the identity: a new key and certificate in the MSP folder {@code msp} (replaced). The certificate's
     * subject names the organisation of {@code NAME@ORGANISATION} ({@code O=ORGANISATION}), not fabric-ca-client's
     * default ({@code O=Hyperledger, ST=North Carolina, C=US}).
     */
    public void enroll(String enrollmentId, String secret, Path msp) {
        String host = ca.url().replaceFirst("^https://", "");
        String organization = enrollmentId.substring(enrollmentId.indexOf('@') + 1);
        run("enrolling " + enrollmentId + " with " + ca.name(), List.of(program.toString(), "enroll",
                "-u", "https://" + enrollmentId + ":" + secret + "@" + host, "-M", msp.toAbsolutePath().toString(),
                "--csr.names", "O=" + organization, "--tls.certfiles", ca.tlsCaCert().toString()));
    }

    /** @return every identity registered with the CA, in its order */
    public List<RegisteredIdentity> identities() {
        String output = run("listing the identities of " + ca.name(), asAdmin("identity", "list"));
        List<RegisteredIdentity> found = new ArrayList<>();
        output.lines().map(RegisteredIdentity::parse).flatMap(Optional::stream).forEach(found::add);
        return found;
    }

    /**
     * Revokes every certificate of the identity (and the identity: it can no longer enrol) and has the CA sign its
     * new certificate revocation list.
     *
     * @param reason one of RFC 5280's reasons as Fabric CA spells them ({@link RevocationReasons})
     * @return the PEM file of the CA's new CRL
     */
    public Path revoke(String enrollmentId, String reason) {
        run("revoking " + enrollmentId + " at " + ca.name(),
                asAdmin("revoke", "-e", enrollmentId, "-r", reason, "--gencrl"));
        Path crl = ca.adminMsp().resolve("crls").resolve("crl.pem");
        if (!Files.isRegularFile(crl)) {
            throw new IdentityException("CA_REFUSED", ca.name() + " revoked " + enrollmentId
                    + " but wrote no CRL at " + crl);
        }
        return crl;
    }

    private List<String> asAdmin(String... command) {
        List<String> args = new ArrayList<>(List.of(program.toString()));
        args.addAll(List.of(command));
        args.addAll(List.of("-u", ca.url(), "-M", ca.adminMsp().toAbsolutePath().toString(),
                "--tls.certfiles", ca.tlsCaCert().toString()));
        return args;
    }

    private String run(String what, List<String> command) {
        return NetworkProgram.run(what, command, Map.of("FABRIC_CA_CLIENT_HOME", ca.clientHome().toString()), SECONDS);
    }
}
