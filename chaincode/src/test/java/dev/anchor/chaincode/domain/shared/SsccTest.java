package dev.anchor.chaincode.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.anchor.model.vocabulary.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"106141411234567897", "009506000134352008", "009506000134352015", "000000000000000000"})
    void acceptsEighteenDigitsWithTheirCheckDigit(String value) {
        assertThat(new Sscc(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"106141411234567890", "106141411234567898", "009506000134352009"})
    void refusesAWrongCheckDigit(String value) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> new Sscc(value));
        assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_SSCC);
        assertThat(refusal.reason()).contains("check digit");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "10614141123456789", "1061414112345678970", "10614141123456789X", " 106141411234567897",
            "１０６１４１４１１２３４５６７８９７"})
    void refusesAnythingButEighteenDigits(String value) {
        assertThat(catchThrowableOfType(Refusal.class, () -> new Sscc(value)).code()).isEqualTo(ErrorCode.INVALID_SSCC);
    }

    @Test
    void eighteenDigitsHaveTheFormOfAnSsccAndCannotBeABatchId() {
        assertThat(Sscc.hasForm("106141411234567890")).isTrue();
        assertThat(Sscc.hasForm("PEAR-001")).isFalse();
        assertThat(Sscc.hasForm("10614141123456789")).isFalse();
        assertThat(catchThrowableOfType(Refusal.class, () -> new BatchId("106141411234567897")).code())
                .isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(new BatchId("10614141123456789").value()).hasSize(17);
    }
}
