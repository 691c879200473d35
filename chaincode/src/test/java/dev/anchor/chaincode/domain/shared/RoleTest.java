package dev.anchor.chaincode.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void theAttributeValuesNameTheRoles() {
        assertThat(Role.ofAttribute("operator")).contains(Role.OPERATOR);
        assertThat(Role.ofAttribute("quality")).contains(Role.QUALITY);
        assertThat(Role.ofAttribute("auditor")).contains(Role.AUDITOR);
        assertThat(Role.ofAttribute("admin")).contains(Role.ADMIN);
        assertThat(Role.ATTRIBUTE).isEqualTo("anchor.role");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Operator", "OPERATOR", " operator", "operator ", "supervisor", "operator,quality"})
    void anyOtherValueNamesNoRole(String value) {
        assertThat(Role.ofAttribute(value)).isEmpty();
    }

    @Test
    void qualityIncludesOperatorAndNothingElseIncludesAnotherRole() {
        for (Role has : Role.values()) {
            for (Role needed : Role.values()) {
                boolean expected = has == needed || has == Role.QUALITY && needed == Role.OPERATOR;
                assertThat(has.includes(needed)).as("%s includes %s", has, needed).isEqualTo(expected);
            }
        }
    }
}
