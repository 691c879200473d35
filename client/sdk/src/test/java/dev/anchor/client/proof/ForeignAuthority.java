package dev.anchor.client.proof;

import dev.anchor.client.gateway.P256Signer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * A CA that no organisation of the channel trusts, with the same names as a real one, and a peer certificate it
 * issued: what an impostor forging an endorsement would have.
 */
final class ForeignAuthority {
    private static final Date NOT_BEFORE = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
    private static final Date NOT_AFTER = Date.from(Instant.parse("2036-01-01T00:00:00Z"));

    final X509Certificate ca;
    final X509Certificate peer;
    final KeyPair peerKey;

    private ForeignAuthority(X509Certificate ca, X509Certificate peer, KeyPair peerKey) {
        this.ca = ca;
        this.peer = peer;
        this.peerKey = peerKey;
    }

    /** A CA named like {@code org}'s, and its {@code peer0} with OU=peer. */
    static ForeignAuthority imitating(String org) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair caKey = generator.generateKeyPair();
        KeyPair peerKey = generator.generateKeyPair();
        X500Name caName = new X500Name("CN=ca." + org + ".anchor.local,O=" + org + ".anchor.local,L=San Francisco,"
                + "ST=California,C=US");
        X509Certificate ca = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(caName,
                BigInteger.ONE, NOT_BEFORE, NOT_AFTER, caName, caKey.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey.getPrivate())));
        X500Name peerName = new X500Name("CN=peer0." + org + ".anchor.local,OU=peer,L=San Francisco,ST=California,C=US");
        X509Certificate peer = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                caName, BigInteger.TWO, NOT_BEFORE, NOT_AFTER, peerName, peerKey.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey.getPrivate())));
        return new ForeignAuthority(ca, peer, peerKey);
    }

    /** Signs as Fabric does: ECDSA over SHA-256, low-S. */
    byte[] sign(byte[] message) throws Exception {
        return P256Signer.of(peerKey.getPrivate()).sign(FabricCrypto.sha256(message));
    }

    static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
