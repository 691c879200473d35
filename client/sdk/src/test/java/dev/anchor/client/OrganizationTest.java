package dev.anchor.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationTest {

    @ParameterizedTest
    @CsvSource({
            "MANUFACTURER, ManufacturerMSP, manufacturer",
            "DISTRIBUTOR, DistributorMSP, distributor",
            "RETAILER, RetailerMSP, retailer",
            "AUDITOR, AuditorMSP, auditor"})
    void mapsMspIdsAndShortNames(Organization org, String mspId, String shortName) {
        assertThat(org.mspId()).isEqualTo(mspId);
        assertThat(org.shortName()).isEqualTo(shortName);
        assertThat(Organization.fromMspId(mspId)).isSameAs(org);
        assertThat(Organization.fromShortName(shortName)).isSameAs(org);
        assertThat(Organization.fromShortName(" " + shortName.toUpperCase() + " ")).isSameAs(org);
        assertThat(Organization.findByMspId(mspId)).contains(org);
    }

    @Test
    void unknownShortNameListsValidNames() {
        assertThatThrownBy(() -> Organization.fromShortName("wholesaler"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'wholesaler'")
                .hasMessageContaining("manufacturer, distributor, retailer, auditor");
    }

    @Test
    void unknownMspIdListsValidIds() {
        assertThatThrownBy(() -> Organization.fromMspId("manufacturermsp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ManufacturerMSP, DistributorMSP, RetailerMSP, AuditorMSP");
        assertThat(Organization.findByMspId("OtherMSP")).isEmpty();
    }

    @Test
    void describesLedgerMspIds() {
        assertThat(Organization.describe("RetailerMSP")).isEqualTo("retailer (RetailerMSP)");
        assertThat(Organization.describe("OtherMSP")).isEqualTo("OtherMSP");
        assertThat(Organization.shortNameOf("AuditorMSP")).isEqualTo("auditor");
        assertThat(Organization.shortNameOf("OtherMSP")).isEqualTo("OtherMSP");
    }

    @Test
    void onlyTheAuditorNeverHoldsCustody() {
        assertThat(Organization.AUDITOR.canHoldCustody()).isFalse();
        assertThat(Organization.RETAILER.canHoldCustody()).isTrue();
    }
}
