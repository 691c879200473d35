package dev.anchor.server.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.epcis.EpcisEventHash;
import dev.anchor.client.epcis.EpcisReader;
import dev.anchor.server.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class LedgerCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"]";

    private final EpcisReader ledger = mock(EpcisReader.class);
    private final LedgerCheck check = new LedgerCheck(ledger);

    private static ObjectNode event(int serial, String bizStep) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"type": "ObjectEvent", "eventTime": "2026-12-03T09:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.%d"], "action": "OBSERVE", "bizStep": "%s",
                 "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 26.5,
                                   "uom": "KGM"}]}""".formatted(serial, bizStep));
    }

    private static StoredEvent stored(ObjectNode event, long block, String tx) throws Exception {
        JsonNode context = JSON.readTree(CONTEXT);
        return new StoredEvent(EpcisEventHash.of(event, context), event, context, "DistributorMSP",
                Instant.parse("2026-12-03T10:00:00Z"), block, tx);
    }

    private static CommittedEpcisEvent committed(String eventId, ObjectNode event, long block, String tx)
            throws Exception {
        ObjectNode record = JSON.createObjectNode();
        record.put("capturedAt", "2026-12-03T10:00:00Z").put("capturedBy", "DistributorMSP");
        record.set("context", JSON.readTree(CONTEXT));
        record.set("event", event);
        record.put("eventId", eventId).put("txId", tx);
        return new CommittedEpcisEvent(eventId, record, block, tx, 0);
    }

    @Test
    void anEventAsItsTransactionRecordedItIsVerifiedWithOneReadPerTransaction() throws Exception {
        StoredEvent a = stored(event(1, "shipping"), 12, "tx1");
        StoredEvent b = stored(event(2, "shipping"), 12, "tx1");
        when(ledger.epcisEventsOfTransaction("tx1")).thenReturn(List.of(
                committed(a.eventId(), event(1, "shipping"), 12, "tx1"),
                committed(b.eventId(), event(2, "shipping"), 12, "tx1")));

        Map<String, LedgerVerdict> verdicts = check.check(List.of(a, b));

        assertThat(verdicts).containsOnlyKeys(a.eventId(), b.eventId())
                .allSatisfy((id, verdict) -> assertThat(verdict.verified()).isTrue());
        verify(ledger, times(1)).epcisEventsOfTransaction("tx1");
    }

    @Test
    void aChangedEventIsNotVerified() throws Exception {
        StoredEvent changed = new StoredEvent(stored(event(1, "shipping"), 12, "tx1").eventId(), event(1, "receiving"),
                JSON.readTree(CONTEXT), "DistributorMSP", Instant.parse("2026-12-03T10:00:00Z"), 12, "tx1");
        when(ledger.epcisEventsOfTransaction("tx1"))
                .thenReturn(List.of(committed(changed.eventId(), event(1, "shipping"), 12, "tx1")));

        LedgerVerdict verdict = check.check(List.of(changed)).get(changed.eventId());

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.problem()).contains("the event differs from what transaction tx1 recorded under "
                + changed.eventId());
    }

    @Test
    void anEventTheTransactionDidNotRecordOrInAnotherBlockIsNotVerified() throws Exception {
        StoredEvent invented = stored(event(3, "shipping"), 12, "tx1");
        StoredEvent moved = stored(event(4, "shipping"), 13, "tx2");
        when(ledger.epcisEventsOfTransaction("tx1")).thenReturn(List.of());
        when(ledger.epcisEventsOfTransaction("tx2"))
                .thenReturn(List.of(committed(moved.eventId(), event(4, "shipping"), 14, "tx2")));

        Map<String, LedgerVerdict> verdicts = check.check(List.of(invented, moved));

        assertThat(verdicts.get(invented.eventId()).problem())
                .contains("transaction tx1 recorded no event " + invented.eventId());
        assertThat(verdicts.get(moved.eventId()).problem()).contains("transaction tx2 committed in block 14, not 13");
    }

    @Test
    void anEventStoredUnderAnotherIdThanItsHashIsNotVerified() throws Exception {
        String wrongId = "ni:///sha-256;" + "0".repeat(64) + "?ver=CBV2.0";
        StoredEvent misfiled = new StoredEvent(wrongId, event(5, "shipping"), JSON.readTree(CONTEXT),
                "DistributorMSP", Instant.parse("2026-12-03T10:00:00Z"), 12, "tx1");
        when(ledger.epcisEventsOfTransaction("tx1"))
                .thenReturn(List.of(committed(wrongId, event(5, "shipping"), 12, "tx1")));

        LedgerVerdict verdict = check.check(List.of(misfiled)).get(wrongId);

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.problem().orElseThrow()).contains("hashes to ni:///sha-256;").endsWith("not to its id "
                + wrongId);
    }

    @Test
    void aLedgerThatCannotBeReadVerifiesNothingAndSaysWhy() throws Exception {
        StoredEvent a = stored(event(6, "shipping"), 12, "tx1");
        when(ledger.epcisEventsOfTransaction("tx1"))
                .thenThrow(new NetworkUnavailableException("peer 127.0.0.1:8051 is unavailable", null, null));

        LedgerVerdict verdict = check.check(List.of(a)).get(a.eventId());

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.problem()).contains("the ledger could not be read for transaction tx1: peer 127.0.0.1:8051"
                + " is unavailable");
    }
}
