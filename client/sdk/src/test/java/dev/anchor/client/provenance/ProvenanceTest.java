package dev.anchor.client.provenance;

import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.custody.Batch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTest {

    @Test
    void parsesEventsOldestFirst() {
        Provenance p = Provenance.fromJson(TestChain.pears().json());

        assertThat(p.batchId()).isEqualTo("PEAR-001");
        assertThat(p.events()).extracting(ProvenanceEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(p.events()).extracting(ProvenanceEvent::type).containsExactly(EventType.PRODUCED,
                EventType.HANDOFF_INITIATED, EventType.HANDOFF_REJECTED, EventType.HANDOFF_INITIATED,
                EventType.HANDOFF_ACCEPTED);
        ProvenanceEvent produced = p.events().get(0);
        assertThat(produced.actor()).isEqualTo("ManufacturerMSP");
        assertThat(produced.transactionId()).isEqualTo("tx-1");
        assertThat(produced.timestamp()).isEqualTo(Instant.parse("2026-11-25T15:01:00Z"));
        assertThat(produced.previousHash()).isEqualTo(TestChain.ZEROS);
        assertThat(produced.hash()).hasSize(64);
        assertThat(produced.details()).containsEntry("quantity", new BigDecimal("1200"))
                .containsEntry("gtin", "09506000134352");
        assertThat(produced.details().keySet()).containsExactly("gtin", "productName", "quantity", "site", "unit");
        assertThat(produced.detail("quantity")).contains("1200");
        assertThat(p.events().get(2).detail("reason")).contains("temperature log missing");
    }

    @Test
    void unknownEventTypesAndMembersDoNotBreakParsing() {
        ProvenanceEvent e = ProvenanceEvent.fromJson("{\"seq\":7,\"type\":\"QUARANTINED\",\"extra\":[1,{\"a\":null}],"
                + "\"details\":{\"nested\":{\"b\":1,\"a\":true}},\"timestamp\":\"soon\"}");
        assertThat(e.type()).isEqualTo(EventType.UNKNOWN);
        assertThat(e.typeName()).isEqualTo("QUARANTINED");
        assertThat(e.timestamp()).isNull();
        assertThat(e.details()).containsKey("nested");
        assertThat(Provenance.fromJson("{\"batchId\":\"X\"}").events()).isEmpty();
    }

    @Test
    void validChainVerifies() {
        TestChain chain = TestChain.pears();
        Provenance p = Provenance.fromJson(chain.json());

        ChainVerification v = p.verify();

        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(5);
        assertThat(v.brokenAtSeq()).isEmpty();
        assertThat(v.problem()).isEmpty();
    }

    @Test
    void verificationRecomputesFromTheJsonNotItsTextualForm() {
        // Same events, re-ordered keys, whitespace, and a quantity with trailing zeros: canonically identical.
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        String first = events.get(0);
        String reshaped = "{ \"type\" : \"PRODUCED\",\n  " + first.substring(1)
                .replace(",\"type\":\"PRODUCED\"", "")
                .replace("\"quantity\":1200", "\"quantity\" : 1.2000E+3")
                .replace("\",\"", "\",\n  \"");
        assertThat(reshaped).isNotEqualTo(first).contains("1.2000E+3");
        events.set(0, reshaped);

        assertThat(Provenance.fromJson(chain.json(events)).verify().intact()).isTrue();
    }

    @Test
    void detectsAChangedQuantity() {
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        events.set(0, events.get(0).replace("\"quantity\":1200", "\"quantity\":1300"));

        ChainVerification v = Provenance.fromJson(chain.json(events)).verify();

        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).contains(1L);
        assertThat(v.eventsChecked()).isZero();
        assertThat(v.problem()).startsWith("hash mismatch").contains("altered");
    }

    @Test
    void detectsAChangedReasonInTheMiddle() {
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        events.set(2, events.get(2).replace("temperature log missing", "fine"));

        ChainVerification v = Provenance.fromJson(chain.json(events)).verify();

        assertThat(v.brokenAtSeq()).contains(3L);
        assertThat(v.eventsChecked()).isEqualTo(2);
        assertThat(v.problem()).startsWith("hash mismatch");
    }

    @Test
    void detectsADroppedEvent() {
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        events.remove(1);

        ChainVerification v = Provenance.fromJson(chain.json(events)).verify();

        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).contains(2L);
        assertThat(v.problem()).isEqualTo("expected seq 2 but found seq 3: an event is missing");
    }

    @Test
    void detectsReorderedEvents() {
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        Collections.swap(events, 1, 2);

        ChainVerification v = Provenance.fromJson(chain.json(events)).verify();

        assertThat(v.brokenAtSeq()).contains(2L);
        assertThat(v.problem()).isEqualTo("expected seq 2 but found seq 3: the events are out of order");
    }

    @Test
    void detectsADroppedEventWhoseSuccessorsWereRenumbered() {
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        events.remove(1);
        for (int i = 1; i < events.size(); i++) {
            events.set(i, events.get(i).replace("\"seq\":" + (i + 2), "\"seq\":" + (i + 1)));
        }

        ChainVerification v = Provenance.fromJson(chain.json(events)).verify();

        assertThat(v.brokenAtSeq()).contains(2L);
        assertThat(v.problem()).contains("does not match the hash of event 1");
    }

    @Test
    void detectsARewrittenEventWithARecomputedHash() {
        // An attacker alters event 1 and recomputes its hash: event 2's link breaks.
        TestChain honest = TestChain.pears();
        TestChain forged = new TestChain("PEAR-001").add("PRODUCED", "ManufacturerMSP",
                "{\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\",\"quantity\":900,"
                        + "\"site\":\"Orchard Lane\",\"unit\":\"kg\"}");
        List<String> events = honest.events();
        events.set(0, forged.events().get(0));

        ChainVerification v = Provenance.fromJson(honest.json(events)).verify();

        assertThat(v.brokenAtSeq()).contains(2L);
        assertThat(v.eventsChecked()).isEqualTo(1);
        assertThat(v.problem()).contains("previousHash").contains("event 1");
    }

    @Test
    void detectsAFirstEventThatDoesNotStartFromZeros() {
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        events.set(0, events.get(0).replace(TestChain.ZEROS, "1" + "0".repeat(63)));

        ChainVerification v = Provenance.fromJson(chain.json(events)).verify();

        assertThat(v.brokenAtSeq()).contains(1L);
        assertThat(v.problem()).contains("not 64 zeros");
    }

    @Test
    void detectsAnEventOfAnotherBatch() {
        TestChain chain = TestChain.pears();
        TestChain other = new TestChain("PLUM-9").add("PRODUCED", "ManufacturerMSP", "{}");
        List<String> events = chain.events();
        events.set(0, other.events().get(0));

        ChainVerification v = Provenance.fromJson(chain.json(events)).verify();

        assertThat(v.brokenAtSeq()).contains(1L);
        assertThat(v.problem()).contains("batch PLUM-9");
    }

    @Test
    void verifyAgainstTheBatchFindsEventsCutOffTheEnd() {
        TestChain chain = TestChain.pears();
        List<String> events = chain.events();
        events.remove(4);
        Provenance truncated = Provenance.fromJson(chain.json(events));
        Batch batch = Batch.fromJson("{\"batchId\":\"PEAR-001\",\"eventCount\":5,\"lastEventHash\":\""
                + chain.lastHash() + "\"}");

        assertThat(truncated.verify().intact()).isTrue();
        ChainVerification v = truncated.verify(batch);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).contains(5L);
        assertThat(v.problem()).contains("missing at the end");

        assertThat(Provenance.fromJson(chain.json()).verify(batch).intact()).isTrue();
    }

    @Test
    void verifyAgainstTheBatchChecksTheLastHash() {
        TestChain chain = TestChain.pears();
        Batch batch = Batch.fromJson("{\"batchId\":\"PEAR-001\",\"eventCount\":5,\"lastEventHash\":\""
                + "f".repeat(64) + "\"}");

        ChainVerification v = Provenance.fromJson(chain.json()).verify(batch);

        assertThat(v.brokenAtSeq()).contains(5L);
        assertThat(v.problem()).contains("lastEventHash");
    }

    @Test
    void verifyAgainstAnOlderBatchAcceptsEventsWrittenSince() {
        TestChain chain = TestChain.pears();
        String hash3 = Provenance.fromJson(chain.json()).events().get(2).hash();
        Batch older = Batch.fromJson("{\"batchId\":\"PEAR-001\",\"eventCount\":3,\"lastEventHash\":\"" + hash3 + "\"}");

        assertThat(Provenance.fromJson(chain.json()).verify(older).intact()).isTrue();
    }
}
