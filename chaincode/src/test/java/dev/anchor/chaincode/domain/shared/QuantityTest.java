package dev.anchor.chaincode.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.model.vocabulary.ErrorCode;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({
            "1200, 1200",
            "12.5, 12.5",
            "12.50, 12.5",
            "0.000001, 0.000001",
            "1.0000000, 1",
            "00042, 42",
            "999999999999999999, 999999999999999999",
            "999999999999999999.999999, 999999999999999999.999999"})
    void readsPlainDecimalsWithoutTrailingZeros(String text, String plain) {
        Quantity quantity = Quantity.parse(text);

        assertThat(quantity.toString()).isEqualTo(plain);
        assertThat(quantity.value()).isEqualByComparingTo(plain);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "0", "0.0", "0.0000001", "-1", "+1", "1e3", "1.2E+3", "1.", ".5", "1,5",
            "1 200", "NaN", "Infinity", "0x10", "twelve", "1.0000001", "1000000000000000000",
            "1000000000000000000.5", "\u0661\u0662"})
    void refusesEverythingElse(String text) {
        assertThatThrownBy(() -> Quantity.parse(text))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5", "0.0000005", "1E+18"})
    void theSameRulesHoldForDecimalValues(String value) {
        assertThatThrownBy(() -> new Quantity(new BigDecimal(value))).isInstanceOf(Refusal.class);
    }
}
