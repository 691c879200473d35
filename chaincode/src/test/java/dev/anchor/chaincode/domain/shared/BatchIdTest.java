package dev.anchor.chaincode.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.model.vocabulary.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BatchIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"PEAR-001", "a", "A.b_c-9", "...", "2026.11.25_lot-7"})
    void acceptsLettersDigitsDotsUnderscoresAndDashes(String value) {
        assertThat(new BatchId(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharactersButNotSixtyFive() {
        assertThat(new BatchId("x".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new BatchId("x".repeat(65))).isInstanceOf(Refusal.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "PEAR 001", "PEAR/001", "PEAR#1", "pear:1", "Poire-été", "PEAR\u0000", "PEAR-1\n",
            "\uDBFF\uDFFF"})
    void refusesAnyOtherCharacter(String value) {
        assertThatThrownBy(() -> new BatchId(value))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
}
