package dev.anchor.cli.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityRulesTest {
    @Test
    void membersGiveOperatorAndQualityTheAuditorGivesAuditor() {
        CaRoles.check("manufacturer", "operator");
        CaRoles.check("retailer", "quality");
        CaRoles.check("auditor", "auditor");
        assertThatThrownBy(() -> CaRoles.check("auditor", "operator"))
                .isInstanceOf(IdentityException.class)
                .hasMessage("role 'operator' cannot be given by auditor; its users' roles are: auditor, quality");
        assertThatThrownBy(() -> CaRoles.check("distributor", "admin"))
                .hasMessageContaining("its users' roles are: operator, quality");
    }

    @Test
    void revocationReasonsAreFabricCasWithAnyCase() {
        assertThat(RevocationReasons.check("KeyCompromise")).isEqualTo("keycompromise");
        assertThatThrownBy(() -> RevocationReasons.check("fired"))
                .isInstanceOf(IdentityException.class)
                .hasMessageStartingWith("unknown revocation reason 'fired'; one of: unspecified, keycompromise");
    }

    @Test
    void userNamesAreShortAndPlain() {
        assertThat(OrganizationUsers.checkName("alice.b_2-x")).isEqualTo("alice.b_2-x");
        for (String bad : new String[]{"", "-alice", "al ice", "alice@retailer", "../alice", "a".repeat(65)}) {
            assertThatThrownBy(() -> OrganizationUsers.checkName(bad)).as(bad)
                    .isInstanceOf(IdentityException.class)
                    .extracting(e -> ((IdentityException) e).code()).isEqualTo("INVALID_USER_NAME");
        }
    }

    @Test
    void aFailedProgramIsReportedByItsLastErrorLine() {
        String output = "2026/12/03 08:15:51 [INFO] Configuration file location: x\n"
                + "Error: Response from server: Error Code: 74 - Identity 'alice' is already registered\n\n";
        assertThat(NetworkProgram.lastError(output))
                .isEqualTo("Response from server: Error Code: 74 - Identity 'alice' is already registered");
        assertThat(NetworkProgram.lastError("[anchor-network] error: no CRL at /x\n")).isEqualTo("no CRL at /x");
        assertThat(NetworkProgram.lastError("")).isEqualTo("(no output)");
    }
}
