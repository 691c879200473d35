package dev.anchor.server.access;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/** A certificate authority for tests: issues P-256 client certificates as an organisation's Fabric CA would. */
final class TestAuthority {
    private static final AtomicLong SERIAL = new AtomicLong(1);

    final KeyPair keys;
    final X509Certificate certificate;

    /** A leaf certificate and its keys. */
    record Issued(X509Certificate certificate, KeyPair keys) {
    }

    TestAuthority(String name, Instant notBefore, Instant notAfter) throws Exception {
        keys = newKeys();
        X500Name subject = new X500Name("CN=ca." + name + ",O=" + name);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(SERIAL.getAndIncrement()), Date.from(notBefore), Date.from(notAfter), subject,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        certificate = sign(builder, keys);
    }

    Issued issue(String commonName, Instant notBefore, Instant notAfter) throws Exception {
        KeyPair leaf = newKeys();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                BigInteger.valueOf(SERIAL.getAndIncrement()), Date.from(notBefore), Date.from(notAfter),
                new X500Name("CN=" + commonName + ",OU=client"), leaf.getPublic());
        return new Issued(sign(builder, keys), leaf);
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair signer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
    }

    private static KeyPair newKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
