package dev.anchor.server.access;

import dev.anchor.client.proof.TrustAnchors;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.security.auth.x500.X500Principal;

/**
 * The organisations of the network and their CA certificates, by MSP ID: whom a client certificate may come from.
 * A certificate is a member's when it is within its validity period and signed by one of that organisation's CA
 * certificates (Fabric's organisations issue their users' certificates directly from their CA).
 */
public final class NetworkMembers {
    private final Map<String, List<X509Certificate>> casByMsp;

    private NetworkMembers(Map<String, List<X509Certificate>> casByMsp) {
        this.casByMsp = casByMsp;
    }

    /** The members a trust directory names: one {@code <MSP ID>.pem} per organisation (as {@code verify-proof --trust}). */
    public static NetworkMembers of(TrustAnchors anchors) {
        return of(anchors.certificatesByMsp());
    }

    public static NetworkMembers of(Map<String, List<X509Certificate>> casByMsp) {
        Map<String, List<X509Certificate>> copy = new TreeMap<>();
        casByMsp.forEach((msp, cas) -> copy.put(msp, List.copyOf(cas)));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no organisation's CA certificate: nobody could authenticate");
        }
        return new NetworkMembers(copy);
    }

    /** @return every CA certificate of every member (what a TLS client certificate may chain to) */
    public List<X509Certificate> certificateAuthorities() {
        return casByMsp.values().stream().flatMap(List::stream).toList();
    }

    /** @return the MSP IDs of the members, sorted */
    public List<String> mspIds() {
        return List.copyOf(casByMsp.keySet());
    }

    /**
     * Who a client certificate is, at {@code now}.
     *
     * @return the caller (its organisation and the certificate's subject), or empty when no member's CA signed it
     * or it is not valid at {@code now}
     */
    public Optional<Caller> identify(X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<X509Certificate>> member : casByMsp.entrySet()) {
            for (X509Certificate ca : member.getValue()) {
                if (signedBy(certificate, ca)) {
                    return Optional.of(new Caller(member.getKey(),
                            certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate ca) {
        if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(ca.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
