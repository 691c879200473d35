package dev.anchor.it;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.UnitReceipt;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Logistic units, inventory and inbox on the real network, through the SDK. */
class AggregationIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static String produce(String purpose) {
        String id = TestNetwork.uniqueBatchId(purpose);
        network.as(MANUFACTURER).recordProduction(new ProductionRecord(id, "09506000134352", "Conference pears",
                new BigDecimal("40"), "crate", "Orchard Lane"));
        return id;
    }

    private static ErrorCode refusal(Runnable call) {
        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class, call::run);
        assertThat(e).as("expected a refusal").isNotNull();
        return e.errorCode();
    }

    /** Every id of a listing, following bookmarks. */
    private static List<String> all(BiFunction<Integer, String, Page<Holding>> listing, int pageSize) {
        List<String> ids = new ArrayList<>();
        String bookmark = null;
        do {
            Page<Holding> page = listing.apply(pageSize, bookmark);
            assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
            page.items().forEach(h -> ids.add(h.id()));
            bookmark = page.bookmark().orElse(null);
        } while (bookmark != null);
        return ids;
    }

    private static List<String> inventory(Organization org) {
        return all(network.as(org)::inventory, 1000);
    }

    private static List<String> inbox(Organization org) {
        return all(network.as(org)::inbox, 1000);
    }

    @Test
    void aPalletTravelsWholeAndEachBatchRemembersIt() {
        String a = produce("pallet-a");
        String b = produce("pallet-b");
        String loose = produce("pallet-loose");
        String sscc = TestNetwork.uniqueSscc();

        UnitReceipt packed = network.as(MANUFACTURER).packUnit(sscc, List.of(b, a));
        network.settle();
        assertThat(packed.unit().batchIds()).containsExactly(a, b);
        assertThat(network.as(AUDITOR).getUnit(sscc)).isEqualTo(packed.unit());
        assertThat(network.as(AUDITOR).getBatch(a).packedIn()).contains(sscc);
        assertThat(inventory(MANUFACTURER)).contains(a, b, loose, sscc);

        assertThat(refusal(() -> network.as(MANUFACTURER).initiateHandoff(a, DISTRIBUTOR))).isEqualTo(ErrorCode.PACKED);
        assertThat(refusal(() -> network.as(MANUFACTURER).packUnit(TestNetwork.uniqueSscc(), List.of(loose, a))))
                .isEqualTo(ErrorCode.PACKED);
        assertThat(refusal(() -> network.as(DISTRIBUTOR).unpackUnit(sscc))).isEqualTo(ErrorCode.NOT_CUSTODIAN);
        assertThat(refusal(() -> network.as(MANUFACTURER).packUnit(sscc, List.of(loose)))).isEqualTo(ErrorCode.UNIT_EXISTS);
        String badSscc = sscc.substring(0, 17) + (char) ('0' + (sscc.charAt(17) - '0' + 1) % 10);
        assertThat(refusal(() -> network.as(MANUFACTURER).packUnit(badSscc, List.of(loose))))
                .isEqualTo(ErrorCode.INVALID_SSCC);

        UnitReceipt offered = network.as(MANUFACTURER).initiateUnitHandoff(sscc, DISTRIBUTOR);
        network.settle();
        assertThat(offered.unit().pendingHandoff()).isPresent();
        assertThat(inbox(DISTRIBUTOR)).contains(sscc).doesNotContain(a, b);
        assertThat(refusal(() -> network.as(DISTRIBUTOR).acceptHandoff(a))).isEqualTo(ErrorCode.PACKED);

        UnitReceipt accepted = network.as(DISTRIBUTOR).acceptUnitHandoff(sscc);
        network.settle();
        assertThat(accepted.unit().custodian()).isEqualTo("DistributorMSP");
        assertThat(inbox(DISTRIBUTOR)).doesNotContain(sscc);
        assertThat(inventory(DISTRIBUTOR)).contains(a, b, sscc);
        assertThat(inventory(MANUFACTURER)).contains(loose).doesNotContain(a, b, sscc);

        for (String id : List.of(a, b)) {
            Batch batch = network.as(AUDITOR).getBatch(id);
            assertThat(batch.custodian()).isEqualTo("DistributorMSP");
            Provenance provenance = network.as(AUDITOR).getProvenance(id);
            assertThat(provenance.events()).extracting(ProvenanceEvent::type).containsExactly(EventType.PRODUCED,
                    EventType.PACKED, EventType.HANDOFF_INITIATED, EventType.HANDOFF_ACCEPTED);
            assertThat(provenance.events().subList(1, 4)).allSatisfy(e -> assertThat(e.detail("sscc")).contains(sscc));
            assertThat(provenance.events().get(3).transactionId()).isEqualTo(accepted.transactionId());
            assertThat(provenance.verify(batch).intact()).isTrue();
        }

        network.as(DISTRIBUTOR).initiateUnitHandoff(sscc, RETAILER);
        network.settle();
        assertThat(inbox(RETAILER)).contains(sscc);
        network.as(RETAILER).rejectUnitHandoff(sscc, "pallet wrap torn");
        network.settle();
        assertThat(inbox(RETAILER)).doesNotContain(sscc);
        assertThat(network.as(AUDITOR).getBatch(b).custodian()).isEqualTo("DistributorMSP");

        network.as(DISTRIBUTOR).unpackUnit(sscc);
        network.settle();
        assertThat(refusal(() -> network.as(AUDITOR).getUnit(sscc))).isEqualTo(ErrorCode.UNIT_NOT_FOUND);
        assertThat(network.as(AUDITOR).getBatch(a).packedIn()).isEmpty();
        assertThat(inventory(DISTRIBUTOR)).contains(a, b).doesNotContain(sscc);
        network.as(DISTRIBUTOR).initiateHandoff(a, RETAILER);
        network.settle();
        assertThat(inbox(RETAILER)).contains(a);
        assertThat(network.as(AUDITOR).getProvenance(b).events()).last()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.UNPACKED));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            produce("page");
        }
        List<String> small = all(network.as(MANUFACTURER)::inventory, 3);
        List<String> large = inventory(MANUFACTURER);
        assertThat(small).isEqualTo(large).doesNotHaveDuplicates();
        Set<String> distinct = new HashSet<>(large);
        assertThat(distinct).hasSize(large.size());
        Page<Holding> first = network.as(MANUFACTURER).inventory(2, null);
        assertThat(first.items()).hasSize(2);
        assertThat(first.items()).allSatisfy(h -> assertThat(h.custodian()).isEqualTo("ManufacturerMSP"));

        String bookmark = first.bookmark().orElseThrow();
        assertThat(refusal(() -> network.as(DISTRIBUTOR).inventory(2, bookmark))).isEqualTo(ErrorCode.INVALID_BOOKMARK);
        assertThat(refusal(() -> network.as(MANUFACTURER).inbox(2, bookmark))).isEqualTo(ErrorCode.INVALID_BOOKMARK);
        assertThat(refusal(() -> network.as(MANUFACTURER).inventory(2, "not-a-bookmark")))
                .isEqualTo(ErrorCode.INVALID_BOOKMARK);
        assertThat(refusal(() -> network.as(MANUFACTURER).inventory(0, null))).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(network.as(AUDITOR).inventory(10, null).items()).isEmpty();
    }
}
