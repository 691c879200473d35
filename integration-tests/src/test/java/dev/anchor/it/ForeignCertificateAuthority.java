package dev.anchor.it;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A certificate authority that no organisation of the channel trusts, issuing certificates that look like a
 * member's (same name form, P-256 keys, an {@code OU=client}), for tests that an impostor is refused.
 */
final class ForeignCertificateAuthority {
    /** A certificate and its PKCS#8 private key, as PEM files. */
    record Issued(Path certificate, Path privateKey) {
    }

    private final KeyPair keys;
    private final X500Name name;

    private ForeignCertificateAuthority(KeyPair keys, X500Name name) {
        this.keys = keys;
        this.name = name;
    }

    /** A new self-signed CA whose name imitates the real CA of the organisation {@code mspId}. */
    static ForeignCertificateAuthority create(String mspId) throws GeneralSecurityException {
        return new ForeignCertificateAuthority(newKeyPair(), new X500Name("CN=ca." + mspId + ",O=" + mspId));
    }

    /** Issues a client certificate for {@code commonName} and writes it and its key into {@code dir}. */
    Issued issue(String commonName, Path dir) throws Exception {
        KeyPair subject = newKeyPair();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder certificate = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
                new X500Name("CN=" + commonName + ",OU=client"), subject.getPublic());
        certificate.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        certificate.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        X509CertificateHolder signed = certificate.build(signer());
        Path certificateFile = dir.resolve(commonName + "-cert.pem");
        Path keyFile = dir.resolve(commonName + "-key.pem");
        writePem(certificateFile, new PemObject("CERTIFICATE", signed.getEncoded()));
        writePem(keyFile, new PemObject("PRIVATE KEY", subject.getPrivate().getEncoded()));
        return new Issued(certificateFile, keyFile);
    }

    private ContentSigner signer() throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static void writePem(Path file, PemObject pem) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(pem);
        }
    }
}
