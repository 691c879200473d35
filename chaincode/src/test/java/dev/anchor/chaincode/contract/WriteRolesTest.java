package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.ADMIN;
import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR_ROLE;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.OPERATOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.QUALITY;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.anchor.chaincode.domain.access.WriteTransaction;
import dev.anchor.chaincode.domain.benchmark.BenchmarkMode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The role each write needs, from the {@code anchor.role} attribute of the caller's certificate: every write refused
 * with {@code FORBIDDEN_ROLE} and nothing written for a caller without it, done for one with it; reads for anyone.
 * Each write is tried in a state where its organisation rules let it pass, so that only the role decides.
 */
class WriteRolesTest {

    private static final String DOCUMENT = "0123456789abcdef".repeat(4);

    /** A write as a member of {@code organization} would make it after {@code setUp}, which runs as quality users. */
    record Write(String transaction, String organization, Consumer<SimulatedPeer> setUp,
            Function<SimulatedPeer, String> call) {

        @Override
        public String toString() {
            return transaction;
        }
    }

    private static final Consumer<SimulatedPeer> NOTHING = peer -> { };
    private static final Consumer<SimulatedPeer> PEARS = peer -> peer.produce("PEAR-1");
    private static final Consumer<SimulatedPeer> PEARS_OFFERED = PEARS.andThen(
            peer -> peer.initiate(MANUFACTURER, "PEAR-1", DISTRIBUTOR));

    private static final Consumer<SimulatedPeer> TERMS_DECLARED = PEARS.andThen(peer -> peer.as(MANUFACTURER)
            .contract.InitiateHandoffWithTerms(peer.ctx, "PEAR-1", DISTRIBUTOR, TermsFixture.HASH));

    static List<Write> writes() {
        return List.of(
                new Write("RecordProduction", MANUFACTURER, NOTHING, peer -> peer.contract.RecordProduction(peer.ctx,
                        "PEAR-1", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane")),
                new Write("RecordProductions", MANUFACTURER, NOTHING, peer -> peer.contract.RecordProductions(peer.ctx,
                        "[{\"batchId\":\"PEAR-1\",\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\","
                                + "\"quantity\":\"1200\",\"site\":\"Orchard Lane\",\"unit\":\"kg\"}]")),
                new Write("TransformBatches", MANUFACTURER, PEARS, peer -> peer.contract.TransformBatches(peer.ctx,
                        SimulatedPeer.inputs("PEAR-1:600"), "JUICE-1", "09506000134369", "Pear juice", "500", "l",
                        "Press house")),
                new Write("InitiateHandoff", MANUFACTURER, PEARS,
                        peer -> peer.contract.InitiateHandoff(peer.ctx, "PEAR-1", DISTRIBUTOR)),
                new Write("AcceptHandoff", DISTRIBUTOR, PEARS_OFFERED,
                        peer -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-1")),
                new Write("RejectHandoff", DISTRIBUTOR, PEARS_OFFERED,
                        peer -> peer.contract.RejectHandoff(peer.ctx, "PEAR-1", "Bruised")),
                new Write("PackUnit", MANUFACTURER, PEARS,
                        peer -> peer.contract.PackUnit(peer.ctx, AggregationTest.CASE, "PEAR-1")),
                new Write("UnpackUnit", MANUFACTURER,
                        PEARS.andThen(peer -> peer.pack(MANUFACTURER, AggregationTest.CASE, "PEAR-1")),
                        peer -> peer.contract.UnpackUnit(peer.ctx, AggregationTest.CASE)),
                new Write("CaptureEpcisEvents", DISTRIBUTOR, NOTHING,
                        peer -> peer.contract.CaptureEpcisEvents(peer.ctx, EpcisCaptureTest.argument(EpcisCaptureTest.id(1),
                                EpcisCaptureTest.shipping("\"urn:epc:id:sgtin:0614141.107346.2017\"")))),
                new Write("AcknowledgeRecall", DISTRIBUTOR, PEARS_OFFERED.andThen(peer -> {
                    peer.accept(DISTRIBUTOR, "PEAR-1");
                    peer.recall(MANUFACTURER, "PEAR-1", "Listeria found");
                }), peer -> peer.contract.AcknowledgeRecall(peer.ctx, "PEAR-1")),
                new Write("RecallBatch", MANUFACTURER, PEARS,
                        peer -> peer.contract.RecallBatch(peer.ctx, "PEAR-1", "Listeria found")),
                new Write("AttachEvidence", MANUFACTURER, PEARS,
                        peer -> peer.contract.AttachEvidence(peer.ctx, "PEAR-1", DOCUMENT, "application/pdf", "48213", "")),
                new Write("InitiateHandoffWithTerms", MANUFACTURER, PEARS, peer -> peer.contract
                        .InitiateHandoffWithTerms(peer.ctx, "PEAR-1", DISTRIBUTOR, TermsFixture.HASH)),
                new Write("AttachHandoffTerms", DISTRIBUTOR, TERMS_DECLARED, TermsFixture::attach),
                new Write("PurgeHandoffTerms", DISTRIBUTOR, TERMS_DECLARED.andThen(peer -> TermsFixture.attach(
                        peer.as(MANUFACTURER))), peer -> peer.contract.PurgeHandoffTerms(peer.ctx, "PEAR-1", MANUFACTURER, DISTRIBUTOR)),
                new Write("ApproveMember", MANUFACTURER, NOTHING,
                        peer -> peer.contract.ApproveMember(peer.ctx, "WholesalerMSP", "true", "true")),
                new Write("BenchmarkFloor", MANUFACTURER, NOTHING,
                        peer -> peer.contract.BenchmarkFloor(peer.ctx, "floor-w1-000001")),
                new Write("BenchmarkBulkFloor", MANUFACTURER, NOTHING,
                        peer -> peer.contract.BenchmarkBulkFloor(peer.ctx, "bulk-w1-000001", "3")));
    }

    private static WriteTransaction tableEntry(Write write) {
        return Arrays.stream(WriteTransaction.values())
                .filter(transaction -> transaction.transactionName().equals(write.transaction()))
                .findFirst().orElseThrow();
    }

    /** Every write with each role value that lacks what it needs: no role, unknown roles, and roles below. */
    static Stream<Arguments> writesAndRolesWithout() {
        List<Arguments> cases = new ArrayList<>();
        for (Write write : writes()) {
            List<String> without = new ArrayList<>(Arrays.asList(null, AUDITOR_ROLE, ADMIN, OPERATOR, QUALITY, "",
                    "Operator", "QUALITY", "supervisor"));
            String needed = tableEntry(write).neededRole().attributeValue();
            without.remove(needed);
            if (needed.equals(OPERATOR)) {
                without.remove(QUALITY);
            }
            without.forEach(role -> cases.add(Arguments.of(write, role)));
        }
        return cases.stream();
    }

    /** Every write with each role that has what it needs: the role itself, and quality for an operator's write. */
    static Stream<Arguments> writesAndRolesWith() {
        List<Arguments> cases = new ArrayList<>();
        for (Write write : writes()) {
            String needed = tableEntry(write).neededRole().attributeValue();
            cases.add(Arguments.of(write, needed));
            if (needed.equals(OPERATOR)) {
                cases.add(Arguments.of(write, QUALITY));
            }
        }
        return cases.stream();
    }

    private static SimulatedPeer after(Write write) {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);
        write.setUp().accept(peer);
        return peer;
    }

    @Test
    void theTableNamesEveryWriteTransactionOnce() {
        List<String> submitted = Arrays.stream(AnchorContract.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Transaction.class))
                .filter(method -> method.getAnnotation(Transaction.class).intent() == Transaction.TYPE.SUBMIT)
                .map(Method::getName).sorted().toList();

        assertThat(Arrays.stream(WriteTransaction.values()).map(WriteTransaction::transactionName).sorted())
                .containsExactlyElementsOf(submitted);
        assertThat(writes().stream().map(Write::transaction).sorted()).containsExactlyElementsOf(submitted);
    }

    @Test
    void recallAndEvidenceNeedQualityEveryOtherWriteAnOperator() {
        Map<String, String> needed = new TreeMap<>();
        for (WriteTransaction transaction : WriteTransaction.values()) {
            needed.put(transaction.transactionName(), transaction.neededRole().attributeValue());
        }

        assertThat(needed).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("RecordProduction", OPERATOR), Map.entry("RecordProductions", OPERATOR),
                Map.entry("TransformBatches", OPERATOR),
                Map.entry("InitiateHandoff", OPERATOR), Map.entry("AcceptHandoff", OPERATOR),
                Map.entry("RejectHandoff", OPERATOR), Map.entry("PackUnit", OPERATOR),
                Map.entry("UnpackUnit", OPERATOR), Map.entry("CaptureEpcisEvents", OPERATOR),
                Map.entry("AcknowledgeRecall", OPERATOR), Map.entry("BenchmarkFloor", OPERATOR),
                Map.entry("BenchmarkBulkFloor", OPERATOR),
                Map.entry("InitiateHandoffWithTerms", OPERATOR), Map.entry("AttachHandoffTerms", OPERATOR),
                Map.entry("PurgeHandoffTerms", OPERATOR), Map.entry("ApproveMember", ADMIN),
                Map.entry("RecallBatch", QUALITY), Map.entry("AttachEvidence", QUALITY)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("writesAndRolesWithout")
    void aCallerWithoutTheRoleIsRefusedAndNothingIsWritten(Write write, String role) {
        SimulatedPeer peer = after(write);
        peer.as(write.organization(), role);

        String message = peer.refused("FORBIDDEN_ROLE", () -> write.call().apply(peer));

        String needed = tableEntry(write).neededRole().attributeValue();
        assertThat(message).startsWith("FORBIDDEN_ROLE: " + write.transaction() + " needs role " + needed);
        assertThat(message).endsWith(role == null
                ? "; the caller's certificate has no anchor.role attribute"
                : "; the caller has role \"" + role + "\"");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("writesAndRolesWith")
    void aCallerWithTheRoleWrites(Write write, String role) {
        SimulatedPeer peer = after(write);
        peer.as(write.organization(), role);
        clearInvocations(peer.stub);

        assertThatCode(() -> write.call().apply(peer)).doesNotThrowAnyException();

        assertThat(Mockito.mockingDetails(peer.stub).getInvocations()).as("a write to the world state or private data")
                .anyMatch(call -> Set.of("putState", "putPrivateData", "purgePrivateData")
                        .contains(call.getMethod().getName()));
    }

    @Test
    void aQualityUserRecallsAnOperatorMayNot() {
        SimulatedPeer peer = new SimulatedPeer();
        peer.produce("PEAR-1");

        String message = peer.refused("FORBIDDEN_ROLE",
                () -> peer.as(MANUFACTURER, OPERATOR).contract.RecallBatch(peer.ctx, "PEAR-1", "Listeria found"));
        assertThat(message)
                .isEqualTo("FORBIDDEN_ROLE: RecallBatch needs role quality; the caller has role \"operator\"");

        assertThat(json(peer.as(MANUFACTURER, QUALITY).contract.RecallBatch(peer.ctx, "PEAR-1", "Listeria found"))
                .get("recall").get("reason").asText()).isEqualTo("Listeria found");
    }

    @Test
    void anOperatorsWriteNamesTheQualityRoleToo() {
        SimulatedPeer peer = new SimulatedPeer();

        String message = peer.refused("FORBIDDEN_ROLE", () -> peer.as(MANUFACTURER, AUDITOR_ROLE).contract
                .RecordProduction(peer.ctx, "PEAR-1", "09506000134352", "Conference pears", "1200", "kg", "Orchard"));

        assertThat(message).isEqualTo(
                "FORBIDDEN_ROLE: RecordProduction needs role operator (or quality); the caller has role \"auditor\"");
    }

    /** The organisation rules still apply: a quality user of the distributor does not produce. */
    @Test
    void theRoleComesInAdditionToTheOrganisationRules() {
        SimulatedPeer peer = new SimulatedPeer();

        String message = peer.refused("FORBIDDEN_ROLE", () -> peer.as(DISTRIBUTOR, QUALITY).contract.RecordProduction(
                peer.ctx, "PEAR-1", "09506000134352", "Conference pears", "1200", "kg", "Orchard"));

        assertThat(message).contains("may not record production; only ManufacturerMSP may");
    }

    /** A certificate without the attribute (e.g. made by cryptogen), an auditor and an admin read as before. */
    @ParameterizedTest
    @ValueSource(strings = {"", AUDITOR_ROLE, ADMIN})
    void anyMemberReadsWhateverItsRole(String roleOrEmptyForNone) {
        String role = roleOrEmptyForNone.isEmpty() ? null : roleOrEmptyForNone;
        SimulatedPeer peer = new SimulatedPeer();
        peer.produce("PEAR-1");
        peer.transform("JUICE-1", "PEAR-1:600");
        peer.recall(MANUFACTURER, "PEAR-1", "Listeria found");
        peer.as(AUDITOR, role);
        clearInvocations(peer.stub);

        assertThat(json(peer.contract.GetBatch(peer.ctx, "PEAR-1")).get("batchId").asText()).isEqualTo("PEAR-1");
        assertThat(json(peer.contract.GetProvenance(peer.ctx, "PEAR-1")).get("events")).hasSize(3);
        assertThat(json(peer.contract.TraceForward(peer.ctx, "PEAR-1")).toString()).contains("JUICE-1");
        assertThat(json(peer.contract.TraceBack(peer.ctx, "JUICE-1")).toString()).contains("PEAR-1");
        assertThat(json(peer.contract.GetRecallReport(peer.ctx, "PEAR-1")).toString()).contains("JUICE-1");
        assertThat(json(peer.contract.GetInventory(peer.ctx, "10", "")).get("items")).isEmpty();
        assertThat(json(peer.contract.GetInbox(peer.ctx, "10", "")).get("items")).isEmpty();
        assertThat(json(peer.contract.GetEpcisEventsOfBatch(peer.ctx, "PEAR-1")).get("events")).isEmpty();
        assertThat(json(peer.contract.QueryEpcisEvents(peer.ctx, "{}", "10", "")).get("events")).isEmpty();
        verify(peer.stub, never()).putState(anyString(), any());
    }
}
