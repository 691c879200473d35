package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.EventCanonicalForm;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

    /** A stand-in canonical form: the hash must cover everything but the hash itself. */
    private static final EventCanonicalForm FORM = event -> (event.actor() + "|" + event.batchId() + "|"
            + event.details() + "|" + event.previousHash() + "|" + event.seq() + "|" + event.timestamp() + "|"
            + event.txId() + "|" + event.type()).getBytes(StandardCharsets.UTF_8);

    private final HashChain chain = new HashChain(FORM);

    @Test
    void hashIsLowercaseHexSha256OfTheCanonicalForm() {
        HashChain overAbc = new HashChain(event -> "abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(overAbc.hashOf(event(1, HashChain.GENESIS, "x")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(HashChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void sealingAddsTheHashAndNothingElse() {
        ProvenanceEvent unsealed = event(1, HashChain.GENESIS, "x");

        ProvenanceEvent sealed = chain.seal(unsealed);

        assertThat(sealed.hash()).isEqualTo(chain.hashOf(unsealed)).matches("[0-9a-f]{64}");
        assertThat(sealed.withHash(null)).isEqualTo(unsealed);
    }

    @Test
    void aSealedChainVerifies() {
        assertThat(chain.verifies(sealedChain("a", "b", "c"))).isTrue();
        assertThat(chain.verifies(List.of())).isTrue();
    }

    @Test
    void aChangedEventBreaksTheChain() {
        List<ProvenanceEvent> events = sealedChain("a", "b", "c");
        ProvenanceEvent second = events.get(1);
        events.set(1, new ProvenanceEvent(second.actor(), second.batchId(), EventDetails.handoff("a", "z"),
                second.hash(), second.previousHash(), second.seq(), second.timestamp(), second.txId(), second.type(),
                second.actorSubject()));

        assertThat(chain.verifies(events)).isFalse();
    }

    @Test
    void aMissingOrReorderedEventBreaksTheChain() {
        List<ProvenanceEvent> withoutFirst = sealedChain("a", "b", "c");
        withoutFirst.remove(0);
        List<ProvenanceEvent> swapped = sealedChain("a", "b", "c");
        swapped.add(0, swapped.remove(1));

        assertThat(chain.verifies(withoutFirst)).isFalse();
        assertThat(chain.verifies(swapped)).isFalse();
    }

    private List<ProvenanceEvent> sealedChain(String... recipients) {
        List<ProvenanceEvent> events = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int i = 0; i < recipients.length; i++) {
            ProvenanceEvent sealed = chain.seal(event(i + 1, previous, recipients[i]));
            events.add(sealed);
            previous = sealed.hash();
        }
        return events;
    }

    private static ProvenanceEvent event(int seq, String previousHash, String to) {
        return new ProvenanceEvent("DistributorMSP", new BatchId("PEAR-1"), EventDetails.handoff("a", to), null,
                previousHash, seq, Instant.parse("2026-11-25T15:01:58.020Z").plusSeconds(seq), "tx" + seq,
                EventType.HANDOFF_INITIATED, null);
    }
}
