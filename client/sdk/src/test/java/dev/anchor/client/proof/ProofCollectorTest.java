package dev.anchor.client.proof;

import dev.anchor.client.AnchorException;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The collector asks qscc for exactly what the bundle needs, and assembles the same bundle the network gave. */
class ProofCollectorTest {

    /** A qscc that serves the fixture's blocks, and header-only blocks for the numbers in between. */
    private static final class FixtureQscc implements ProofCollector.Qscc {
        final Map<String, Block> byTx = new HashMap<>();
        final Map<Long, Block> byNumber = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        FixtureQscc(ProvenanceProof proof) throws Exception {
            for (byte[] h : proof.headers()) {
                BlockHeader header = BlockHeader.parseFrom(h);
                byNumber.put(header.getNumber(), Block.newBuilder().setHeader(header).build());
            }
            Block config = Block.parseFrom(proof.configBlock());
            byNumber.put(config.getHeader().getNumber(), config);
            for (byte[] b : proof.blocks()) {
                Block block = Block.parseFrom(b);
                byNumber.put(block.getHeader().getNumber(), block);
                for (ProvenanceEvent e : proof.provenance().events()) {
                    if (ProofTransaction.find(block, e.transactionId()).isPresent()) {
                        byTx.put(e.transactionId(), block);
                    }
                }
            }
        }

        @Override
        public byte[] evaluate(String function, String... args) {
            calls.add(function + " " + String.join(" ", args));
            assertThat(args[0]).isEqualTo("supplychain");
            Block block = switch (function) {
                case "GetBlockByTxID" -> byTx.get(args[1]);
                case "GetBlockByNumber" -> byNumber.get(Long.parseLong(args[1]));
                default -> throw new AssertionError("unexpected qscc call " + function);
            };
            assertThat(block).as(function + " " + args[1]).isNotNull();
            return block.toByteArray();
        }
    }

    @Test
    void collectsTheSameBundleTheNetworkGave() throws Exception {
        ProvenanceProof expected = ProofFixtures.batchA();
        FixtureQscc qscc = new FixtureQscc(expected);

        ProvenanceProof collected = new ProofCollector(qscc, "supplychain", "anchor")
                .collect(expected.batchId(), ProofFixtures.provenanceText(expected));

        assertThat(collected.toJson()).isEqualTo(expected.toJson());
        assertThat(qscc.calls.stream().filter(c -> c.startsWith("GetBlockByTxID"))).hasSize(5);
        assertThat(qscc.calls).contains("GetBlockByNumber supplychain 0");
    }

    @Test
    void aBatchWithoutEventsCannotBeProved() throws Exception {
        FixtureQscc qscc = new FixtureQscc(ProofFixtures.batchA());
        assertThatThrownBy(() -> new ProofCollector(qscc, "supplychain", "anchor")
                .collect("EMPTY", "{\"batchId\":\"EMPTY\",\"events\":[]}"))
                .isInstanceOf(AnchorException.class).hasMessageContaining("no events to prove");
    }
}
