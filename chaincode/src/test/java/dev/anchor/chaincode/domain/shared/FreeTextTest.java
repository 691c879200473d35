package dev.anchor.chaincode.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.model.vocabulary.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @Test
    void keepsTheTextAsGiven() {
        assertThat(FreeText.require("site", "  Orchard Lane ", 200)).isEqualTo("  Orchard Lane ");
    }

    @Test
    void countsCharactersAsCodePoints() {
        String pears = "\uD83C\uDF50".repeat(5);

        assertThat(FreeText.require("unit", pears, 5)).isEqualTo(pears);
        assertThatThrownBy(() -> FreeText.require("unit", pears + "x", 5))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason())
                        .isEqualTo("unit may have at most 5 characters"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void refusesBlankText(String text) {
        assertThatThrownBy(() -> FreeText.require("reason", text, 500))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(r.reason()).isEqualTo("reason must not be blank");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"pear\uD83C", "\uDF50pear", "a\uDF50\uD83Cb"})
    void refusesLoneSurrogates(String text) {
        assertThatThrownBy(() -> FreeText.require("productName", text, 200))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
}
