package dev.anchor.client.custody;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SsccTest {

    @Test
    void appendsTheGs1CheckDigit() {
        // GS1's own example SSCC: (00) 1 0614141 123456789 0... body 10614141123456789, check digit 7
        assertThat(Sscc.withCheckDigit("10614141123456789")).isEqualTo("106141411234567897");
        assertThat(Sscc.withCheckDigit("00000000000000000")).isEqualTo("000000000000000000");
        assertThat(Sscc.withCheckDigit("00000000000000001")).isEqualTo("000000000000000017");
    }

    @Test
    void refusesABodyThatIsNotSeventeenDigits() {
        assertThatThrownBy(() -> Sscc.withCheckDigit("1061414112345678")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 digits");
        assertThatThrownBy(() -> Sscc.withCheckDigit("1061414112345678X")).isInstanceOf(IllegalArgumentException.class);
    }
}
