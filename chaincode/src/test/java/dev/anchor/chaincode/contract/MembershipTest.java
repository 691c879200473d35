package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.ADMIN;
import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Admitting a fifth organisation: a majority of the members' admins approve, then it acts as a member. */
class MembershipTest {

    private static final String WHOLESALER = "WholesalerMSP";

    private final SimulatedPeer peer = new SimulatedPeer();

    private JsonNode approve(String by, String mspId, String custody, String production) {
        return json(peer.as(by, ADMIN).contract.ApproveMember(peer.ctx, mspId, custody, production));
    }

    private JsonNode admitWholesaler() {
        approve(MANUFACTURER, WHOLESALER, "true", "true");
        approve(DISTRIBUTOR, WHOLESALER, "true", "true");
        return approve(RETAILER, WHOLESALER, "true", "true");
    }

    private List<String> members() {
        List<String> ids = new ArrayList<>();
        json(peer.contract.GetMembers(peer.ctx)).forEach(member -> ids.add(member.get("mspId").asText()));
        return ids;
    }

    @Test
    void theFoundersAreMembersFromTheStartAndNothingElse() {
        JsonNode members = json(peer.contract.GetMembers(peer.ctx));

        assertThat(members()).containsExactly(MANUFACTURER, DISTRIBUTOR, RETAILER, AUDITOR);
        assertThat(members.get(0).toString()).isEqualTo("{\"admittedBy\":[],\"founding\":true,\"holdsCustody\":true,"
                + "\"mspId\":\"ManufacturerMSP\",\"recordsProduction\":true}");
        assertThat(members.get(3).get("holdsCustody").asBoolean()).isFalse();
    }

    @Test
    void anOrganisationNotYetAdmittedIsRefusedAsBefore() {
        peer.produce("PEAR-1");

        peer.refused("FORBIDDEN_ROLE", () -> peer.as(WHOLESALER).contract.RecordProduction(peer.ctx, "W-1",
                "09506000134352", "Pears", "10", "kg", "Depot"));
        peer.refused("UNKNOWN_ORG", () -> peer.as(MANUFACTURER).contract.InitiateHandoff(peer.ctx, "PEAR-1", WHOLESALER));
    }

    @Test
    void twoOfFourApprovalsAreNoMajorityTheThirdAdmits() {
        JsonNode first = approve(MANUFACTURER, WHOLESALER, "true", "true");
        JsonNode second = approve(AUDITOR, WHOLESALER, "true", "true");

        assertThat(first.toString()).isEqualTo("{\"admitted\":false,\"approvals\":[\"ManufacturerMSP\"],"
                + "\"holdsCustody\":true,\"mspId\":\"WholesalerMSP\",\"needed\":3,\"recordsProduction\":true}");
        assertThat(second.get("approvals").toString()).isEqualTo("[\"AuditorMSP\",\"ManufacturerMSP\"]");
        assertThat(second.get("admitted").asBoolean()).isFalse();
        assertThat(members()).doesNotContain(WHOLESALER);

        JsonNode third = approve(RETAILER, WHOLESALER, "true", "true");

        assertThat(third.get("admitted").asBoolean()).isTrue();
        assertThat(members()).containsExactly(MANUFACTURER, DISTRIBUTOR, RETAILER, AUDITOR, WHOLESALER);
        assertThat(json(peer.contract.GetMembers(peer.ctx)).get(4).toString()).isEqualTo("{\"admittedBy\":"
                + "[\"AuditorMSP\",\"ManufacturerMSP\",\"RetailerMSP\"],\"founding\":false,\"holdsCustody\":true,"
                + "\"mspId\":\"WholesalerMSP\",\"recordsProduction\":true}");
    }

    @Test
    void anAdmittedMemberRecordsProductionReceivesAHandoffAndAcceptsIt() {
        admitWholesaler();
        peer.produce("PEAR-1");

        JsonNode made = json(peer.as(WHOLESALER).contract.RecordProduction(peer.ctx, "W-1", "09506000134352",
                "Pears", "10", "kg", "Depot"));
        peer.initiate(MANUFACTURER, "PEAR-1", WHOLESALER);
        JsonNode accepted = peer.accept(WHOLESALER, "PEAR-1");

        assertThat(made.get("custodian").asText()).isEqualTo(WHOLESALER);
        assertThat(made.get("producer").asText()).isEqualTo(WHOLESALER);
        assertThat(accepted.get("custodian").asText()).isEqualTo(WHOLESALER);
    }

    @Test
    void aMemberAdmittedWithoutCustodyNeitherReceivesNorProduces() {
        approve(MANUFACTURER, "InspectorMSP", "false", "false");
        approve(DISTRIBUTOR, "InspectorMSP", "false", "false");
        approve(RETAILER, "InspectorMSP", "false", "false");
        peer.produce("PEAR-1");

        peer.refused("FORBIDDEN_ROLE", () -> peer.as(MANUFACTURER).contract.InitiateHandoff(peer.ctx, "PEAR-1",
                "InspectorMSP"));
        peer.refused("FORBIDDEN_ROLE", () -> peer.as("InspectorMSP").contract.RecordProduction(peer.ctx, "I-1",
                "09506000134352", "Pears", "10", "kg", "Lab"));
    }

    @Test
    void withFiveMembersTheMajorityIsStillThreeAndTheAdmittedMemberApprovesToo() {
        admitWholesaler();

        approve(WHOLESALER, "GrocerMSP", "true", "false");
        approve(MANUFACTURER, "GrocerMSP", "true", "false");
        JsonNode third = approve(AUDITOR, "GrocerMSP", "true", "false");

        assertThat(third.get("needed").asInt()).isEqualTo(3);
        assertThat(third.get("admitted").asBoolean()).isTrue();
        assertThat(members()).containsExactly(MANUFACTURER, DISTRIBUTOR, RETAILER, AUDITOR, "GrocerMSP", WHOLESALER);
    }

    @Test
    void onlyAnAdminCertificateApprovesTheRoleAttributeAloneIsNotEnough() {
        String message = peer.refused("FORBIDDEN_ROLE", () -> peer.as(MANUFACTURER, ADMIN,
                SimulatedPeer.defaultSubject(MANUFACTURER)).contract.ApproveMember(peer.ctx, WHOLESALER, "true", "true"));

        assertThat(message).isEqualTo("FORBIDDEN_ROLE: approving a member needs an admin of ManufacturerMSP"
                + " (a certificate with the NodeOU role admin); the caller is not one");
    }

    @Test
    void anAdminOfAnOrganisationThatIsNoMemberDoesNotApprove() {
        String message = peer.refused("FORBIDDEN_ROLE", () -> approve("StrangerMSP", WHOLESALER, "true", "true"));

        assertThat(message).isEqualTo("FORBIDDEN_ROLE: StrangerMSP may not approve a member; only the admins of the"
                + " channel's members may");
    }

    @Test
    void anOrganisationApprovesOnce() {
        approve(MANUFACTURER, WHOLESALER, "true", "true");

        String message = peer.refused("ALREADY_APPROVED", () -> approve(MANUFACTURER, WHOLESALER, "true", "true"));

        assertThat(message).isEqualTo("ALREADY_APPROVED: ManufacturerMSP has already approved the admission of"
                + " WholesalerMSP (1 of 3 approvals)");
    }

    @Test
    void everyApprovalApprovesTheSameCapabilities() {
        approve(MANUFACTURER, WHOLESALER, "true", "true");

        String message = peer.refused("INVALID_INPUT", () -> approve(DISTRIBUTOR, WHOLESALER, "true", "false"));

        assertThat(message).contains("was proposed with holdsCustody true and recordsProduction true");
    }

    @Test
    void aMemberIsNotAdmittedTwice() {
        admitWholesaler();

        peer.refused("ALREADY_MEMBER", () -> approve(AUDITOR, WHOLESALER, "true", "true"));
        peer.refused("ALREADY_MEMBER", () -> approve(AUDITOR, DISTRIBUTOR, "true", "false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-Lead", "Wholesaler MSP", "Wholesaler\u0000MSP"})
    void anMspIdOfAnotherFormIsInvalidInput(String mspId) {
        peer.refused("INVALID_INPUT", () -> approve(MANUFACTURER, mspId, "true", "true"));
    }

    @Test
    void theCapabilitiesAreTrueOrFalseAndAProducerHoldsCustody() {
        peer.refused("INVALID_INPUT", () -> approve(MANUFACTURER, WHOLESALER, "yes", "true"));
        String message = peer.refused("INVALID_INPUT", () -> approve(MANUFACTURER, WHOLESALER, "false", "true"));

        assertThat(message).contains("recordsProduction true needs holdsCustody true");
    }
}
