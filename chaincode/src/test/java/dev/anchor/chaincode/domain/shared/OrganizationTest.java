package dev.anchor.chaincode.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationTest {

    @ParameterizedTest
    @CsvSource({
            "ManufacturerMSP, MANUFACTURER, true",
            "DistributorMSP, DISTRIBUTOR, true",
            "RetailerMSP, RETAILER, true",
            "AuditorMSP, AUDITOR, false"})
    void theRoleComesFromTheMspId(String mspId, Organization role, boolean holdsCustody) {
        assertThat(Organization.ofMspId(mspId)).contains(role);
        assertThat(role.mspId()).isEqualTo(mspId);
        assertThat(role.holdsCustody()).isEqualTo(holdsCustody);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Org1MSP", "manufacturermsp", "ManufacturerMSP "})
    void otherMspIdsHaveNoRole(String mspId) {
        assertThat(Organization.ofMspId(mspId)).isEmpty();
    }

    @Test
    void theAuditorIsTheOnlyOrganisationWithoutCustody() {
        assertThat(Organization.values()).filteredOn(organization -> !organization.holdsCustody()).containsExactly(Organization.AUDITOR);
    }
}
