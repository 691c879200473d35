package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commercial terms through the contract: the handoff declares the hash in public, a party stores the matching copy
 * in the pair's collection (only there), shows it; others are refused; a purge removes the copy and keeps the hash.
 */
class PrivateTermsTest {

    private static final String COLLECTION = "terms-DistributorMSP-ManufacturerMSP";

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void declared() {
        peer.produce("PEAR-1");
        peer.as(MANUFACTURER).contract.InitiateHandoffWithTerms(peer.ctx, "PEAR-1", DISTRIBUTOR, TermsFixture.HASH);
    }

    @Test
    void theHandoffDeclaresTheHashInPublicAndNeverTheTerms() {
        JsonNode declarations = json(peer.as(AUDITOR).contract.GetHandoffTermsDeclarations(peer.ctx, "PEAR-1"));
        assertThat(declarations).hasSize(1);
        assertThat(declarations.get(0).get("termsHash").asText()).isEqualTo(TermsFixture.HASH);
        assertThat(declarations.get(0).get("from").asText()).isEqualTo(MANUFACTURER);
        assertThat(json(peer.contract.GetBatch(peer.ctx, "PEAR-1")).get("pendingHandoff")).isNotNull();
        assertThat(peer.privateState).isEmpty();
    }

    @Test
    void aPartyStoresTheDeclaredCopyInThePairsCollection() {
        TermsFixture.attach(peer.as(DISTRIBUTOR));

        assertThat(peer.privateState).containsOnlyKeys(COLLECTION + "/" + "\u0000terms\u0000PEAR-1\u0000ManufacturerMSP"
                + "\u0000DistributorMSP\u0000");
        assertThat(new String(peer.privateState.firstEntry().getValue(), StandardCharsets.UTF_8))
                .isEqualTo(TermsFixture.COPY);
        JsonNode shown = json(peer.as(MANUFACTURER).contract.GetHandoffTerms(peer.ctx, "PEAR-1"));
        assertThat(shown.get(0).get("copy").get("terms").get("price").decimalValue()).isEqualByComparingTo("12.4");
    }

    @Test
    void aCopyThatIsNotTheDeclaredOneIsRefusedAndNothingStored() {
        String changed = TermsFixture.COPY.replace("12.4", "11.4");
        String message = peer.refused("TERMS_MISMATCH", () -> peer.as(DISTRIBUTOR)
                .withTransient(AnchorContract.TERMS_ENTRY, changed.getBytes(StandardCharsets.UTF_8))
                .contract.AttachHandoffTerms(peer.ctx, "PEAR-1"));
        assertThat(message).contains("declared " + TermsFixture.HASH);
        assertThat(peer.privateState).isEmpty();
    }

    @Test
    void aCopyWithoutSaltIsInvalid() {
        String unsalted = TermsFixture.COPY.replace("\"salt\":\"c2FsdHNhbHRzYWx0c2FsdA==\",", "");
        String message = peer.refused("INVALID_INPUT", () -> peer.as(DISTRIBUTOR)
                .withTransient(AnchorContract.TERMS_ENTRY, unsalted.getBytes(StandardCharsets.UTF_8))
                .contract.AttachHandoffTerms(peer.ctx, "PEAR-1"));
        assertThat(message).contains("salt");
    }

    @Test
    void onlyThePartiesMayShowStoreOrPurge() {
        TermsFixture.attach(peer.as(MANUFACTURER));
        for (String outsider : new String[] {RETAILER, AUDITOR}) {
            assertThat(peer.refused("NOT_A_PARTY",
                    () -> peer.as(outsider).contract.GetHandoffTerms(peer.ctx, "PEAR-1")))
                    .contains(outsider + " is not a party");
        }
        peer.refused("NOT_A_PARTY", () -> TermsFixture.attach(peer.as(RETAILER)));
        peer.refused("NOT_A_PARTY", () -> peer.as(RETAILER).contract.PurgeHandoffTerms(peer.ctx, "PEAR-1",
                MANUFACTURER, DISTRIBUTOR));
        peer.refused("TERMS_NOT_FOUND", () -> peer.as(RETAILER).contract.PurgeHandoffTerms(peer.ctx, "PEAR-1",
                DISTRIBUTOR, RETAILER));
        assertThat(peer.privateState).hasSize(1);
    }

    @Test
    void aPurgeRemovesTheCopyAndKeepsTheHash() {
        TermsFixture.attach(peer.as(MANUFACTURER));
        peer.as(DISTRIBUTOR).contract.PurgeHandoffTerms(peer.ctx, "PEAR-1", MANUFACTURER, DISTRIBUTOR);

        assertThat(peer.privateState).isEmpty();
        JsonNode shown = json(peer.as(MANUFACTURER).contract.GetHandoffTerms(peer.ctx, "PEAR-1"));
        assertThat(shown.get(0).has("copy")).isFalse();
        assertThat(shown.get(0).get("declaration").get("termsHash").asText()).isEqualTo(TermsFixture.HASH);
    }

    @Test
    void aBatchWithoutTermsHasNone() {
        peer.produce("PEAR-2");
        peer.refused("TERMS_NOT_FOUND", () -> peer.as(DISTRIBUTOR).contract.GetHandoffTerms(peer.ctx, "PEAR-2"));
    }
}
