package dev.anchor.chaincode.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void isTheSha256OfEachPartPrefixedWithItsLength() throws Exception {
        byte[] encoded = {0, 0, 0, 1, 'F', 0, 0, 0, 2, 'a', 'b', 0, 0, 0, 0};
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));

        assertThat(RequestFingerprint.of(List.of(utf8("F"), utf8("ab"), utf8(""))).value()).isEqualTo(expected);
    }

    @Test
    void tellsApartArgumentsThatConcatenateAlike() {
        assertThat(RequestFingerprint.of(List.of(utf8("F"), utf8("ab"), utf8("c"))))
                .isNotEqualTo(RequestFingerprint.of(List.of(utf8("F"), utf8("a"), utf8("bc"))));
    }
}
