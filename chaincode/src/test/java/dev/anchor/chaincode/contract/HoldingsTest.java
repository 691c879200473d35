package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.AggregationTest.PALLET;
import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GetInventory and GetInbox: paged reads of the holding and inbox indexes, kept on every custody change. */
class HoldingsTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    /** Every item of every page, following bookmarks, as "batch:ID" or "unit:SSCC". */
    private List<String> all(String as, boolean inbox, int pageSize) {
        List<String> items = new ArrayList<>();
        String bookmark = "";
        do {
            JsonNode page = inbox ? peer.inbox(as, pageSize, bookmark) : peer.inventory(as, pageSize, bookmark);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(pageSize);
            for (JsonNode item : page.get("items")) {
                items.add(item.has("unit") ? "unit:" + item.get("unit").get("sscc").asText()
                        : "batch:" + item.get("batch").get("batchId").asText());
            }
            bookmark = page.has("bookmark") ? page.get("bookmark").asText() : "";
        } while (!bookmark.isEmpty());
        return items;
    }

    @Test
    void inventoryPagesThroughWhatTheCallerHoldsInIdOrder() {
        for (int i = 5; i >= 1; i--) {
            peer.produce("PEAR-00" + i);
        }

        assertThat(all(MANUFACTURER, false, 2))
                .containsExactly("batch:PEAR-001", "batch:PEAR-002", "batch:PEAR-003", "batch:PEAR-004", "batch:PEAR-005");
        assertThat(all(MANUFACTURER, false, 5)).hasSize(5);
        assertThat(all(DISTRIBUTOR, false, 2)).isEmpty();
        assertThat(all(AUDITOR, false, 2)).isEmpty();
        JsonNode first = peer.inventory(MANUFACTURER, 2, "");
        assertThat(first.get("items").get(0).get("batch").get("custodian").asText()).isEqualTo(MANUFACTURER);
        assertThat(peer.inventory(MANUFACTURER, 5, "").has("bookmark")).isFalse();
    }

    @Test
    void aPageReadsOnlyItsOwnEntries() {
        for (int i = 1; i <= 9; i++) {
            peer.produce("PEAR-00" + i);
        }
        clearInvocations(peer.stub);

        peer.inventory(MANUFACTURER, 3, "");

        verify(peer.stub, times(3)).getState(anyString());
    }

    @Test
    void theIndexesFollowEveryCustodyChange() {
        peer.produce("PEAR-001");
        peer.produce("PEAR-002");
        peer.produce("PEAR-003");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        assertThat(all(DISTRIBUTOR, true, 10)).containsExactly("batch:PEAR-001");
        assertThat(all(MANUFACTURER, false, 10)).hasSize(3);

        peer.accept(DISTRIBUTOR, "PEAR-001");
        assertThat(all(DISTRIBUTOR, true, 10)).isEmpty();
        assertThat(all(DISTRIBUTOR, false, 10)).containsExactly("batch:PEAR-001");
        assertThat(all(MANUFACTURER, false, 10)).containsExactly("batch:PEAR-002", "batch:PEAR-003");

        peer.initiate(MANUFACTURER, "PEAR-002", RETAILER);
        peer.reject(RETAILER, "PEAR-002", "late");
        assertThat(all(RETAILER, true, 10)).isEmpty();
        assertThat(all(RETAILER, false, 10)).isEmpty();

        peer.pack(MANUFACTURER, PALLET, "PEAR-002,PEAR-003");
        assertThat(all(MANUFACTURER, false, 10)).containsExactly("batch:PEAR-002", "batch:PEAR-003", "unit:" + PALLET);
        peer.initiate(MANUFACTURER, PALLET, RETAILER);
        assertThat(all(RETAILER, true, 10)).containsExactly("unit:" + PALLET);
        peer.accept(RETAILER, PALLET);
        assertThat(all(RETAILER, true, 10)).isEmpty();
        assertThat(all(RETAILER, false, 10)).containsExactly("batch:PEAR-002", "batch:PEAR-003", "unit:" + PALLET);
        assertThat(all(MANUFACTURER, false, 10)).isEmpty();

        peer.unpack(RETAILER, PALLET);
        assertThat(all(RETAILER, false, 10)).containsExactly("batch:PEAR-002", "batch:PEAR-003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a bookmark", "%%%", "AAAA", "AA"})
    void aBookmarkThatThisListingDidNotGiveOutIsRefused(String bookmark) {
        peer.produce("PEAR-001");
        peer.as(MANUFACTURER);
        peer.refused("INVALID_BOOKMARK", () -> peer.contract.GetInventory(peer.ctx, "10", bookmark));
    }

    @Test
    void anotherOrganisationsBookmarkIsRefused() {
        peer.produce("PEAR-001");
        peer.produce("PEAR-002");
        String bookmark = peer.inventory(MANUFACTURER, 1, "").get("bookmark").asText();
        String inboxKey = Base64.getUrlEncoder().withoutPadding().encodeToString(
                SimulatedPeer.inboxKey(MANUFACTURER, "batch", "PEAR-002").getBytes(StandardCharsets.UTF_8));

        peer.as(DISTRIBUTOR);
        peer.refused("INVALID_BOOKMARK", () -> peer.contract.GetInventory(peer.ctx, "10", bookmark));
        peer.as(MANUFACTURER);
        peer.refused("INVALID_BOOKMARK", () -> peer.contract.GetInbox(peer.ctx, "10", bookmark));
        peer.as(MANUFACTURER);
        peer.refused("INVALID_BOOKMARK", () -> peer.contract.GetInventory(peer.ctx, "10", inboxKey));
        assertThat(peer.inventory(MANUFACTURER, 10, bookmark).get("items")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "ten", "", "99999"})
    void aPageSizeOutsideOneToAThousandIsRefused(String pageSize) {
        peer.as(MANUFACTURER);
        peer.refused("INVALID_INPUT", () -> peer.contract.GetInventory(peer.ctx, pageSize, ""));
    }
}
