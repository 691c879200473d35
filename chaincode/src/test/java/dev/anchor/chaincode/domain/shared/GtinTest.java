package dev.anchor.chaincode.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.model.vocabulary.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"09506000134352", "04006381333931", "00000000000000", "10614141000415"})
    void acceptsFourteenDigitsWithTheirCheckDigit(String value) {
        assertThat(new Gtin(value).value()).isEqualTo(value);
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> new Gtin("09506000134353"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(refusal.reason()).isEqualTo("gtin 09506000134353 has a wrong check digit");
                });
    }

    @Test
    void exactlyOneCheckDigitFitsEachItemNumber() {
        for (String body : new String[] {"0950600013435", "1234567890123", "0000000000001", "9999999999999"}) {
            int accepted = 0;
            for (char check = '0'; check <= '9'; check++) {
                try {
                    new Gtin(body + check);
                    accepted++;
                } catch (Refusal refused) {
                    assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                }
            }
            assertThat(accepted).as(body).isEqualTo(1);
        }
    }

    @Test
    void weightsThreeAndOneAlternateFromTheRight() {
        assertThat(Gtin.checkDigitOf("0950600013435")).isEqualTo(2);
        assertThat(Gtin.checkDigitOf("0000000000001")).isEqualTo(7);
        assertThat(Gtin.checkDigitOf("0000000000010")).isEqualTo(9);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "9506000134352", "009506000134352", "0950600013435X", " 9506000134352",
            "0950600013435\u0662", "\u0660\u0669\u0665\u0660\u0666\u0660\u0660\u0660\u0661\u0663\u0664\u0663\u0665\u0662"})
    void refusesAnythingButFourteenAsciiDigits(String value) {
        assertThatThrownBy(() -> new Gtin(value))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
}
