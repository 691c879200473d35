package dev.anchor.client.gateway;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.hyperledger.fabric.client.identity.Signer;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import static org.assertj.core.api.Assertions.assertThat;

class P256SignerTest {
    private static final BigInteger P256_ORDER =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private static KeyPair keyPair(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void itsSignaturesVerifyWithTheStandardJcaVerifier() throws Exception {
        KeyPair pair = keyPair("secp256r1");
        Signer signer = P256Signer.of(pair.getPrivate());
        assertThat(signer).isInstanceOf(P256Signer.class);

        for (int i = 0; i < 50; i++) {
            String message = "proposal " + i;
            byte[] signature = signer.sign(sha256(message));

            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(pair.getPublic());
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            assertThat(verifier.verify(signature)).as("signature %d", i).isTrue();
        }
    }

    @Test
    void signaturesHaveALowSAsFabricRequires() throws Exception {
        Signer signer = P256Signer.of(keyPair("secp256r1").getPrivate());

        for (int i = 0; i < 200; i++) {
            ASN1Sequence rs = ASN1Sequence.getInstance(signer.sign(sha256("tx " + i)));
            BigInteger s = ASN1Integer.getInstance(rs.getObjectAt(1)).getValue();
            assertThat(s.signum()).isPositive();
            assertThat(s).isLessThanOrEqualTo(P256_ORDER.shiftRight(1));
        }
    }

    @Test
    void theSameDigestGivesTheSameSignatureAndAnotherDigestAnother() throws Exception {
        Signer signer = P256Signer.of(keyPair("secp256r1").getPrivate());

        assertThat(signer.sign(sha256("a"))).isEqualTo(signer.sign(sha256("a")));
        assertThat(signer.sign(sha256("a"))).isNotEqualTo(signer.sign(sha256("b")));
    }

    @Test
    void anotherCurveGetsFabricGatewaysOwnSigner() throws Exception {
        KeyPair pair = keyPair("secp384r1");
        Signer signer = P256Signer.of(pair.getPrivate());
        byte[] digest = sha256("proposal");

        assertThat(signer).isNotInstanceOf(P256Signer.class);
        Signature verifier = Signature.getInstance("NONEwithECDSA");
        verifier.initVerify(pair.getPublic());
        verifier.update(digest);
        assertThat(verifier.verify(signer.sign(digest))).isTrue();
    }
}
