package dev.anchor.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationTest {

    @ParameterizedTest
    @CsvSource({
            "0, ManufacturerMSP, manufacturer",
            "1, DistributorMSP, distributor",
            "2, RetailerMSP, retailer",
            "3, AuditorMSP, auditor"})
    void mapsMspIdsAndShortNames(int founder, String mspId, String shortName) {
        Organization org = Organization.founders().get(founder);
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
    void anAdmittedMemberIsKnownByItsMspIdAndShortNameNotAsAFounder() {
        Organization wholesaler = Organization.member("WholesalerMSP", "wholesaler", true);

        assertThat(wholesaler).isEqualTo(Organization.member("WholesalerMSP", "wholesaler", true))
                .isNotEqualTo(Organization.MANUFACTURER);
        assertThat(wholesaler.isFounder()).isFalse();
        assertThat(Organization.MANUFACTURER.isFounder()).isTrue();
        assertThat(Organization.member("ManufacturerMSP", "manufacturer", true)).isSameAs(Organization.MANUFACTURER);
        assertThat(Organization.fromShortName("Wholesaler", java.util.List.of(Organization.AUDITOR, wholesaler)))
                .isEqualTo(wholesaler);
        assertThat(Organization.findByMspId("WholesalerMSP")).isEmpty();
    }

    @Test
    void aMalformedMemberIsRefusedByName() {
        assertThatThrownBy(() -> Organization.member("Whole saler", "wholesaler", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("malformed MSP ID 'Whole saler'");
        assertThatThrownBy(() -> Organization.member("WholesalerMSP", "Wholesaler", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Wholesaler'");
    }

    @Test
    void onlyTheAuditorNeverHoldsCustody() {
        assertThat(Organization.AUDITOR.canHoldCustody()).isFalse();
        assertThat(Organization.RETAILER.canHoldCustody()).isTrue();
    }
}
