package dev.anchor.client.proof;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import dev.anchor.client.wire.AnchorJson;
import org.hyperledger.fabric.protos.common.Block;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@value ProofVerification#EVENTS} check of a proof: the answer's events are exactly the batch's event writes
 * of every valid transaction in the bundle's blocks, in ledger order, and each event's actor is its transaction's
 * creator. Says what differs: a changed member, dropped events, another order.
 */
final class LedgerEvents {
    private final ProvenanceProof proof;
    private final Provenance provenance;
    private final List<Block> blocks;
    private final Map<String, ProofTransaction> transactions;

    /**
     * @param transactions the answer's transactions by id (null when no block holds one)
     */
    LedgerEvents(ProvenanceProof proof, Provenance provenance, List<Block> blocks,
                 Map<String, ProofTransaction> transactions) {
        this.proof = proof;
        this.provenance = provenance;
        this.blocks = blocks;
        this.transactions = transactions;
    }

    /** A write of an event key of this batch, as the ledger received it. */
    private record EventWrite(String txId, long seq, JsonNode value) {
    }

    ProofCheck check() {
        List<String> problems = new ArrayList<>();
        List<EventWrite> writes = ledgerWrites(problems);
        List<ProvenanceEvent> answer = provenance.events();
        if (!proof.batchId().equals(provenance.batchId())) {
            problems.add("the answer is about batch " + provenance.batchId() + ", the proof about " + proof.batchId());
        }
        List<String> given = new ArrayList<>();
        answer.forEach(e -> given.add(canonical(AnchorJson.parseObject(e.json(), "event"))));
        List<String> ledger = new ArrayList<>();
        writes.forEach(w -> ledger.add(canonical(w.value())));
        if (!given.equals(ledger)) {
            problems.add(eventsProblem(given, ledger, writes));
        }
        for (int i = 0; i < answer.size(); i++) {
            ProofTransaction tx = transactions.get(answer.get(i).transactionId());
            if (tx != null && !tx.creator().getMspid().equals(answer.get(i).actor())) {
                problems.add("event " + (i + 1) + "'s actor " + answer.get(i).actor()
                        + " is not its transaction's creator " + tx.creator().getMspid());
            }
        }
        return verdict(ProofVerification.EVENTS, problems, writes.size() + " events, each exactly as its "
                + "transaction wrote it, in ledger order");
    }

    /** The writes of this batch's event keys, in ledger order (block, transaction, write set). */
    private List<EventWrite> ledgerWrites(List<String> problems) {
        String prefix = "\u0000event\u0000" + proof.batchId() + "\u0000";
        List<EventWrite> writes = new ArrayList<>();
        // Every valid transaction of every block in the bundle, not only those the answer names: an event left
        // out of the answer is still written by a transaction in the blocks.
        for (Block block : blocks.stream().sorted(Comparator.comparingLong(LedgerEvents::number)).toList()) {
            List<CommittedWrites.Write> committed;
            try {
                committed = CommittedWrites.of(block, proof.chaincode(), prefix);
            } catch (AnchorException e) {
                problems.add("block " + number(block) + ": " + e.getMessage());
                continue;
            }
            for (CommittedWrites.Write w : committed) {
                String json = w.value().toString(StandardCharsets.UTF_8);
                try {
                    JsonNode value = AnchorJson.parseObject(json, "the event written");
                    writes.add(new EventWrite(w.transactionId(), AnchorJson.integer(value, "seq", -1), value));
                } catch (AnchorException e) {
                    problems.add("transaction " + shortId(w.transactionId()) + " wrote an unreadable event");
                }
            }
        }
        return writes;
    }

    private String eventsProblem(List<String> given, List<String> ledger, List<EventWrite> writes) {
        if (given.size() == ledger.size() && given.stream().sorted().toList().equals(ledger.stream().sorted().toList())) {
            for (int i = 0; i < given.size(); i++) {
                if (!given.get(i).equals(ledger.get(i))) {
                    int j = ledger.indexOf(given.get(i));
                    return "the events are out of order: the answer's event " + (i + 1) + " is the ledger's event "
                            + (j + 1) + " (seq " + writes.get(j).seq() + ")";
                }
            }
        }
        if (given.size() < ledger.size() && isSubsequence(given, ledger)) {
            List<String> dropped = new ArrayList<>();
            for (int i = 0, g = 0; i < ledger.size(); i++) {
                if (g < given.size() && given.get(g).equals(ledger.get(i))) {
                    g++;
                } else {
                    dropped.add("seq " + writes.get(i).seq() + " (transaction " + shortId(writes.get(i).txId()) + ")");
                }
            }
            return "events were dropped: the ledger has " + ledger.size() + ", the answer " + given.size()
                    + "; missing " + String.join(", ", dropped);
        }
        for (int i = 0; i < given.size(); i++) {
            if (i < ledger.size() && given.get(i).equals(ledger.get(i))) {
                continue;
            }
            JsonNode actual = AnchorJson.parseObject(given.get(i), "event");
            if (i >= writes.size()) {
                return "the answer's event " + (i + 1) + " (seq " + AnchorJson.integer(actual, "seq", -1)
                        + ") was written by none of the bundle's transactions";
            }
            return "the answer's event " + (i + 1) + " (seq " + AnchorJson.integer(actual, "seq", -1)
                    + ") is not what transaction " + shortId(writes.get(i).txId()) + " wrote: "
                    + difference("", actual, writes.get(i).value());
        }
        return "the ledger has " + ledger.size() + " events of the batch in these transactions, the answer "
                + given.size();
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int g = 0;
        for (String w : whole) {
            if (g < part.size() && part.get(g).equals(w)) {
                g++;
            }
        }
        return g == part.size();
    }

    /** The first member that differs, e.g. {@code details.quantity is 1300, the ledger has 1200}. */
    private static String difference(String path, JsonNode actual, JsonNode expected) {
        if (actual != null && expected != null && actual.isObject() && expected.isObject()) {
            TreeMap<String, Boolean> names = new TreeMap<>();
            actual.fieldNames().forEachRemaining(n -> names.put(n, true));
            expected.fieldNames().forEachRemaining(n -> names.put(n, true));
            for (String name : names.keySet()) {
                JsonNode a = actual.get(name);
                JsonNode e = expected.get(name);
                if (!Objects.equals(a == null ? null : canonical(a), e == null ? null : canonical(e))) {
                    return difference(path.isEmpty() ? name : path + "." + name, a, e);
                }
            }
        }
        return (path.isEmpty() ? "the event" : path) + " is " + (actual == null ? "absent" : canonical(actual))
                + ", the ledger has " + (expected == null ? "nothing" : canonical(expected));
    }

    private static String canonical(JsonNode node) {
        return AnchorJson.canonical(node, null);
    }

    private static long number(Block block) {
        return block.getHeader().getNumber();
    }

    private static String shortId(String txId) {
        return ProofVerifier.shortId(txId);
    }

    private static ProofCheck verdict(String name, List<String> problems, String success) {
        return ProofVerifier.verdict(name, problems, success);
    }
}
