package dev.anchor.model.provenance;

import dev.anchor.model.vocabulary.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * One link of a batch's hash chain, as stored under {@code event}+batch+seq, emitted as the chaincode event of the
 * transaction and listed by {@code GetProvenance}. {@code hash} is the SHA-256 (hex) of the event's canonical JSON
 * without {@code hash} ({@link dev.anchor.model.json.CanonicalForm}).
 *
 * @param actor        the MSP ID of the transaction's creator
 * @param batchId      the batch
 * @param details      the type's details by name: text, or decimal numbers ({@link java.math.BigDecimal} when read)
 * @param hash         this event's hash
 * @param previousHash the hash of the event before (64 zeros before the first)
 * @param seq          its position in the batch's chain, from 1
 * @param timestamp    the transaction's timestamp
 * @param txId         the transaction
 * @param type         what happened
 * @param actorSubject the subject of the creator's certificate, an X.509 distinguished name in RFC 2253 form (e.g.
 *                     {@code CN=User1,OU=client,O=anchor}); null on events recorded before Anchor recorded it, which
 *                     leave it out of their canonical form (and so out of their hash)
 */
public record ProvenanceEvent(String actor, String batchId, Map<String, Object> details, String hash,
        String previousHash, long seq, Instant timestamp, String txId, EventType type, String actorSubject) {
}
