package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.wire.AnchorJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static dev.anchor.client.epcis.EpcisSchemaTest.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EpcisCaptureRunTest {

    /** A ledger that records ids, answers like the chaincode, and can fail its n-th transaction. */
    private static final class FakeLedger implements Function<String, EpcisCaptureAnswer> {
        final Set<String> ledger = new HashSet<>();
        final List<JsonNode> arguments = new ArrayList<>();
        int failOn = -1;

        @Override
        public EpcisCaptureAnswer apply(String argument) {
            JsonNode node = AnchorJson.parseObject(argument, "argument");
            arguments.add(node);
            if (arguments.size() == failOn) {
                throw new CommitFailedException("MVCC_READ_CONFLICT", "tx-failed");
            }
            List<String> recorded = new ArrayList<>();
            List<String> duplicates = new ArrayList<>();
            node.get("events").forEach(e -> {
                String id = e.get("eventId").asText();
                (ledger.add(id) ? recorded : duplicates).add(id);
            });
            return new EpcisCaptureAnswer("tx-" + arguments.size(), recorded, duplicates);
        }
    }

    /** Example 9.6.1 with {@code n} distinct events (copies of its first event at different times). */
    static JsonNode document(int n) throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode first = (ObjectNode) doc.at("/epcisBody/eventList/0");
        ArrayNode list = ((ObjectNode) doc.get("epcisBody")).putArray("eventList");
        for (int i = 0; i < n; i++) {
            ObjectNode event = first.deepCopy();
            event.put("eventTime", String.format("2005-04-03T20:33:%02d.116-06:00", i));
            list.add(event);
        }
        return doc;
    }

    @Test
    void sendsTheEventsInTransactionsOfTheGivenSizeWithTheirHashesAndContext() throws Exception {
        FakeLedger fake = new FakeLedger();
        JsonNode doc = document(5);
        List<Integer> progress = new ArrayList<>();

        EpcisCaptureReport report = new EpcisCaptureRun(fake).capture(doc, 2, 1, r -> progress.add(r.done()));

        assertThat(fake.arguments).hasSize(3);
        assertThat(fake.arguments).extracting(a -> a.get("events").size()).containsExactly(2, 2, 1);
        assertThat(fake.arguments.get(0).get("context")).isEqualTo(doc.get("@context"));
        JsonNode sent = fake.arguments.get(0).get("events").get(0);
        assertThat(sent.get("event")).isEqualTo(doc.at("/epcisBody/eventList/0"));
        assertThat(sent.get("eventId").asText()).isEqualTo(EpcisEventHash.ofDocument(doc).get(0));
        assertThat(progress).containsExactly(0, 2, 4, 5);
        assertThat(report.events()).isEqualTo(5);
        assertThat(report.recorded()).hasSize(5).doesNotHaveDuplicates();
        assertThat(report.duplicates()).isEmpty();
        assertThat(report.transactionIds()).containsExactly("tx-1", "tx-2", "tx-3");
    }

    @Test
    void capturingTheSameDocumentAgainCountsDuplicates() throws Exception {
        FakeLedger fake = new FakeLedger();
        JsonNode doc = document(3);
        new EpcisCaptureRun(fake).capture(doc, 10, 1, r -> { });

        EpcisCaptureReport again = new EpcisCaptureRun(fake).capture(doc, 10, 1, r -> { });

        assertThat(again.recorded()).isEmpty();
        assertThat(again.duplicates()).hasSize(3);
    }

    @Test
    void anInvalidDocumentIsRefusedWithEveryProblemAndNothingIsSent() throws Exception {
        FakeLedger fake = new FakeLedger();
        ObjectNode doc = (ObjectNode) document(3);
        ((ObjectNode) doc.at("/epcisBody/eventList/2")).put("action", "LOOK");
        ((ObjectNode) doc.at("/epcisBody/eventList/0")).remove("eventTime");

        EpcisCaptureException e = catchThrowableOfType(EpcisCaptureException.class,
                () -> new EpcisCaptureRun(fake).capture(doc, 1, 1, r -> { }));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_DOCUMENT);
        assertThat(e.problems()).extracting(EpcisProblem::path)
                .contains("$.epcisBody.eventList[0]", "$.epcisBody.eventList[2].action");
        assertThat(e.partial().done()).isZero();
        assertThat(fake.arguments).isEmpty();
    }

    @Test
    void anEventWhoseHashCannotBeComputedRefusesTheDocumentBeforeAnythingIsSent() throws Exception {
        FakeLedger fake = new FakeLedger();
        ObjectNode doc = (ObjectNode) document(3);
        // valid for the schema, but a GS1 serial number has at most 20 characters: the generator cannot translate it
        ((ArrayNode) doc.at("/epcisBody/eventList/1/epcList")).set(0, "urn:epc:id:sgtin:0614141.107346." + "2".repeat(30));

        EpcisCaptureException e = catchThrowableOfType(EpcisCaptureException.class,
                () -> new EpcisCaptureRun(fake).capture(doc, 1, 1, r -> { }));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_DOCUMENT);
        assertThat(e.getMessage()).startsWith("the CBV 2.0 event hash cannot be computed for 1 of 3 events");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.epcisBody.eventList[1]");
            assertThat(p.reason()).contains("SGTIN");
        });
        assertThat(fake.arguments).isEmpty();
    }

    @Test
    void aFailureInTheMiddleReportsWhatWasRecordedAndARerunCompletesTheRest() throws Exception {
        FakeLedger fake = new FakeLedger();
        fake.failOn = 2;
        JsonNode doc = document(5);

        EpcisCaptureException e = catchThrowableOfType(EpcisCaptureException.class,
                () -> new EpcisCaptureRun(fake).capture(doc, 2, 1, r -> { }));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.COMMIT_FAILED);
        assertThat(e.transactionId()).contains("tx-failed");
        assertThat(e.getMessage()).startsWith("events 3 to 4 of 5 were not recorded (the transaction's events[0] is "
                + "the document's event 3): ");
        assertThat(e.partial().recorded()).hasSize(2);
        assertThat(e.partial().transactionIds()).containsExactly("tx-1");

        fake.failOn = -1;
        EpcisCaptureReport rerun = new EpcisCaptureRun(fake).capture(doc, 2, 1, r -> { });
        assertThat(rerun.duplicates()).containsExactlyElementsOf(e.partial().recorded());
        assertThat(rerun.recorded()).hasSize(3);
        assertThat(fake.ledger).hasSize(5);
    }

    @Test
    void aSingleEventIsCapturedWithItsOwnContextKeptApart() throws Exception {
        FakeLedger fake = new FakeLedger();
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode event = ((ObjectNode) doc.at("/epcisBody/eventList/1")).deepCopy();
        event.set("@context", doc.get("@context"));

        EpcisCaptureReport report = new EpcisCaptureRun(fake).capture(event, 10, 1, r -> { });

        assertThat(report.recorded()).containsExactly(EpcisEventHash.ofDocument(doc).get(1));
        JsonNode sent = fake.arguments.get(0);
        assertThat(sent.get("context")).isEqualTo(doc.get("@context"));
        assertThat(sent.at("/events/0/event").has("@context")).isFalse();
    }

    /** {@link #document(int)} with an extension member that makes each event's JSON {@code bytes[i]} long. */
    private static JsonNode documentOfSizes(int... bytes) throws Exception {
        JsonNode doc = document(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            ObjectNode event = (ObjectNode) doc.at("/epcisBody/eventList/" + i);
            event.put("example:blob", "");
            int size = AnchorJson.write(event).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            event.put("example:blob", "x".repeat(bytes[i] - size));
        }
        return doc;
    }

    private static int contextBytes(JsonNode doc) {
        return AnchorJson.write(doc.get("@context")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Test
    void aTransactionHoldsAtMost512KibOfEventsWithTheirContext() throws Exception {
        FakeLedger fake = new FakeLedger();
        int context = contextBytes(document(1));
        int third = EpcisCaptureRun.MAX_BYTES_PER_TRANSACTION / 3 - context;
        // three thirds fit exactly; the fourth event starts the next transaction although the count allows 100
        JsonNode doc = documentOfSizes(third, third, third, third, 2000);

        EpcisCaptureReport report = new EpcisCaptureRun(fake).capture(doc, 100, 1, r -> { });

        assertThat(fake.arguments).extracting(a -> a.get("events").size()).containsExactly(3, 2);
        assertThat(report.recorded()).hasSize(5);
        for (JsonNode argument : fake.arguments) {
            long bytes = 0;
            for (JsonNode entry : argument.get("events")) {
                bytes += AnchorJson.write(entry.get("event")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        + context;
            }
            assertThat(bytes).isLessThanOrEqualTo(EpcisCaptureRun.MAX_BYTES_PER_TRANSACTION);
        }
    }

    @Test
    void bothBoundsApplyWhicheverComesFirst() {
        long big = EpcisCaptureRun.MAX_BYTES_PER_TRANSACTION / 2;
        long[] sizes = {10, 10, 10, big, big, 1, 10};

        assertThat(EpcisCaptureRun.end(sizes, 0, 2)).as("the count").isEqualTo(2);
        assertThat(EpcisCaptureRun.end(sizes, 0, 100)).as("the bytes").isEqualTo(4);
        assertThat(EpcisCaptureRun.end(sizes, 4, 100)).isEqualTo(7);
        assertThat(EpcisCaptureRun.end(new long[] {EpcisCaptureRun.MAX_BYTES_PER_TRANSACTION}, 0, 100)).isEqualTo(1);
    }

    @Test
    void anEventLargerThanATransactionRefusesTheDocumentBeforeAnythingIsSent() throws Exception {
        FakeLedger fake = new FakeLedger();
        int context = contextBytes(document(1));
        JsonNode doc = documentOfSizes(2000, EpcisCaptureRun.MAX_BYTES_PER_TRANSACTION - context + 1, 2000);

        EpcisCaptureException e = catchThrowableOfType(EpcisCaptureException.class,
                () -> new EpcisCaptureRun(fake).capture(doc, 100, 1, r -> { }));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.EPCIS_CAPTURE_TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("event 2 of 3 is 524289 bytes of JSON (with the document's @context), "
                + "more than one transaction takes (524288); nothing was recorded");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.epcisBody.eventList[1]");
            assertThat(p.reason()).startsWith("is 524289 bytes of JSON with the document's @context (" + context);
        });
        assertThat(e.partial().done()).isZero();
        assertThat(fake.arguments).isEmpty();
    }

    @Test
    void theChaincodesRefusalForSizeKeepsItsCode() throws Exception {
        JsonNode doc = document(2);
        EpcisCaptureRun run = new EpcisCaptureRun(argument -> {
            throw new TransactionRefusedException(ErrorCode.EPCIS_CAPTURE_TOO_LARGE, "the events of a capture may hold "
                    + "at most 524288 bytes of JSON (each event with the document's @context), not 524289; send fewer "
                    + "events per transaction", "tx-big", null);
        });

        EpcisCaptureException e = catchThrowableOfType(EpcisCaptureException.class, () -> run.capture(doc, 10, 1, r -> { }));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.EPCIS_CAPTURE_TOO_LARGE);
        assertThat(e.transactionId()).contains("tx-big");
        assertThat(e.getMessage()).startsWith("events 1 to 2 of 2 were not recorded");
    }

    @Test
    void blankNodeIdsAreCapturedUnderTheEventHashWithTheEventIdAsGiven() throws Exception {
        FakeLedger fake = new FakeLedger();
        ObjectNode doc = (ObjectNode) document(2);
        List<String> hashes = EpcisEventHash.ofDocument(doc);
        doc.put("id", "_:document1");
        ((ObjectNode) doc.at("/epcisBody/eventList/0")).put("eventID", "_:event1");
        ((ObjectNode) doc.at("/epcisBody/eventList/1")).put("eventID", "_:event2");

        EpcisCaptureReport report = new EpcisCaptureRun(fake).capture(doc, 10, 1, r -> { });

        assertThat(report.recorded()).isEqualTo(hashes);
        assertThat(fake.arguments.get(0).get("events")).extracting(e -> e.at("/event/eventID").asText())
                .containsExactly("_:event1", "_:event2");
    }

    /** The same event under any address of the standard context is the same event: a second capture is a duplicate. */
    @ParameterizedTest
    @ValueSource(strings = {"https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
            "https://gs1.github.io/EPCIS/epcis-context.jsonld"})
    void eachStandardContextAddressIsCapturedTheSame(String address) throws Exception {
        FakeLedger fake = new FakeLedger();
        JsonNode standard = document(2);
        EpcisCaptureReport first = new EpcisCaptureRun(fake).capture(standard, 10, 1, r -> { });
        ObjectNode other = standard.deepCopy();
        ((ArrayNode) other.get("@context")).set(0, address);

        EpcisCaptureReport again = new EpcisCaptureRun(fake).capture(other, 10, 1, r -> { });

        assertThat(again.recorded()).isEmpty();
        assertThat(again.duplicates()).isEqualTo(first.recorded()).hasSize(2);
        assertThat(fake.arguments.get(1).get("context")).isEqualTo(other.get("@context"));
    }
}
