package dev.anchor.client.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.wire.AnchorJson;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.anchor.client.proof.ProofFixtures.batchA;
import static dev.anchor.client.proof.ProofFixtures.batchB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline verifier on real bundles from the local network, intact and tampered with: each tampering is caught
 * by the check it concerns, with a message naming what is wrong.
 */
class ProvenanceProofTest {

    private static ProofCheck check(ProofVerification v, String name) {
        return v.check(name).orElseThrow(() -> new AssertionError("no check " + name + " in " + v.checks()));
    }

    private static void assertFails(ProofVerification v, String name, String... messageParts) {
        assertThat(v.verified()).isFalse();
        ProofCheck c = check(v, name);
        assertThat(c.passed()).as(c.detail()).isFalse();
        assertThat(c.detail()).contains(messageParts);
    }

    /** Index, among the bundle's event blocks, of the block holding event {@code seq}'s transaction. */
    private static int blockOfEvent(ProvenanceProof proof, int seq) {
        String txId = ProofFixtures.txIdOfEvent(proof, seq);
        List<byte[]> blocks = proof.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (ProofTransaction.find(ProofFixtures.parse(blocks.get(i)), txId).isPresent()) {
                return i;
            }
        }
        throw new AssertionError("no block holds event " + seq);
    }

    @Test
    void aRealProofVerifiesWithEveryCheckPassing() {
        ProofVerification v = batchA().verify();
        assertThat(v.failures()).isEmpty();
        assertThat(v.verified()).isTrue();
        assertThat(v.checks()).extracting(ProofCheck::name).containsExactly(ProofVerification.BUNDLE,
                ProofVerification.CERTIFICATES, ProofVerification.SIGNATURES, ProofVerification.POLICY,
                ProofVerification.IN_BLOCKS, ProofVerification.ORDERER, ProofVerification.HEADERS,
                ProofVerification.EVENTS, ProofVerification.HASH_CHAIN);
        assertThat(check(v, ProofVerification.POLICY).detail())
                .contains("MAJORITY Endorsement of 4 organisations (3 needed)");
        assertThat(v.anchorsFromBundle()).isTrue();
        assertThat(v.trustAnchors()).containsOnlyKeys("ManufacturerMSP", "DistributorMSP", "RetailerMSP",
                "AuditorMSP", "OrdererMSP");
        assertThat(v.trustAnchors().get("OrdererMSP").get(0)).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void theAuditorsOwnTrustAnchorsVerifyIt() {
        ProofVerification v = batchB().verify(TrustAnchors.fromDirectory(ProofFixtures.trustDirectory()));
        assertThat(v.failures()).isEmpty();
        assertThat(v.anchorsFromBundle()).isFalse();
    }

    @Test
    void theBundleIsCanonicalAndStable() {
        String text = ProofFixtures.text("batch-a.proof.json").strip();
        ProvenanceProof proof = ProvenanceProof.fromJson(text);
        assertThat(proof.toJson()).isEqualTo(text);
        assertThat(ProvenanceProof.fromJson(proof.toJson()).toJson()).isEqualTo(text);
        assertThat(text).startsWith("{\"batchId\":").contains("\"format\":\"" + ProvenanceProof.FORMAT + "\"");
    }

    @Test
    void writeAndReadRoundTrip(@TempDir Path dir) {
        Path file = dir.resolve("a.proof.json");
        batchA().write(file);
        assertThat(ProvenanceProof.read(file).toJson()).isEqualTo(batchA().toJson());
    }

    @Test
    void anUnreadableBundleIsInvalidProof(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"format\":\"something else\"}");
        assertThatThrownBy(() -> ProvenanceProof.read(file)).isInstanceOf(AnchorException.class)
                .hasMessageContaining("not a provenance proof")
                .extracting(e -> ((AnchorException) e).errorCode()).isEqualTo(ErrorCode.INVALID_PROOF);
        assertThatThrownBy(() -> ProvenanceProof.read(dir.resolve("missing.json")))
                .hasMessageContaining("file not found");
    }

    @Test
    void aBlockThatIsNotProtobufFailsTheBundleCheck() {
        ProvenanceProof a = batchA();
        List<byte[]> blocks = new ArrayList<>(a.blocks());
        blocks.set(0, "not a block".getBytes(StandardCharsets.UTF_8));
        ProofVerification v = ProofFixtures.withBlocks(a, blocks, a.headers()).verify();
        assertThat(v.checks()).hasSize(1);
        assertFails(v, ProofVerification.BUNDLE, "not a readable protobuf");
    }

    // ---- tampering with the answer -----------------------------------------------------------------------------

    @Test
    void anEventsQuantityChangedIsCaught() {
        ProvenanceProof tampered = ProofFixtures.withProvenance(batchA(), answer -> {
            ((ObjectNode) ProofFixtures.events(answer).get(0).get("details")).put("quantity", new BigDecimal("1300"));
            return answer;
        });
        ProofVerification v = tampered.verify();
        assertFails(v, ProofVerification.EVENTS, "the answer's event 1 (seq 1) is not what transaction",
                "details.quantity is 1300, the ledger has 1200");
        assertFails(v, ProofVerification.HASH_CHAIN, "event 1", "the event was altered");
        assertThat(check(v, ProofVerification.SIGNATURES).passed()).isTrue();
    }

    @Test
    void anEventsQuantityChangedWithItsHashesRecomputedIsStillCaught() {
        ProvenanceProof tampered = ProofFixtures.withProvenance(batchA(), answer -> {
            ArrayNode events = ProofFixtures.events(answer);
            ((ObjectNode) events.get(0).get("details")).put("quantity", new BigDecimal("1300"));
            String previous = Provenance.GENESIS_HASH;
            for (JsonNode e : events) {
                ((ObjectNode) e).put("previousHash", previous);
                previous = AnchorJson.sha256Hex(AnchorJson.canonical(e, "hash"));
                ((ObjectNode) e).put("hash", previous);
            }
            return answer;
        });
        ProofVerification v = tampered.verify();
        assertThat(check(v, ProofVerification.HASH_CHAIN).passed()).isTrue();
        assertFails(v, ProofVerification.EVENTS, "details.quantity is 1300, the ledger has 1200");
    }

    @Test
    void anEventDroppedIsCaught() {
        ProvenanceProof tampered = ProofFixtures.withProvenance(batchA(), answer -> {
            ProofFixtures.events(answer).remove(2);
            return answer;
        });
        ProofVerification v = tampered.verify();
        assertFails(v, ProofVerification.EVENTS, "events were dropped", "missing seq 3");
        assertFails(v, ProofVerification.HASH_CHAIN, "expected seq 3 but found seq 4");
    }

    @Test
    void eventsReorderedAreCaught() {
        ProvenanceProof tampered = ProofFixtures.withProvenance(batchA(), answer -> {
            ArrayNode events = ProofFixtures.events(answer);
            JsonNode second = events.remove(1);
            events.insert(2, second);
            return answer;
        });
        ProofVerification v = tampered.verify();
        assertFails(v, ProofVerification.EVENTS, "the events are out of order",
                "the answer's event 2 is the ledger's event 3");
        assertFails(v, ProofVerification.HASH_CHAIN, "out of order");
    }

    // ---- tampering with the blocks -----------------------------------------------------------------------------

    @Test
    void anEndorsementSignatureWithAByteFlippedIsCaught() {
        ProvenanceProof a = batchA();
        String txId = ProofFixtures.txIdOfEvent(a, 2);
        ProvenanceProof tampered = ProofFixtures.withBlock(a, blockOfEvent(a, 2), block ->
                ProofFixtures.editAction(block, txId, action -> action.toBuilder().setEndorsements(0,
                        action.getEndorsements(0).toBuilder().setSignature(
                                ProofFixtures.flipByte(action.getEndorsements(0).getSignature(), 10))).build()));
        ProofVerification v = tampered.verify();
        assertFails(v, ProofVerification.SIGNATURES, "transaction " + txId.substring(0, 12),
                "the signature does not verify");
        assertFails(v, ProofVerification.POLICY, "(event 2) does not satisfy the endorsement policy");
        assertFails(v, ProofVerification.IN_BLOCKS, "content does not match its header's data hash");
    }

    @Test
    void anEndorsementRemovedSoThePolicyFailsIsCaught() {
        ProvenanceProof a = batchA();
        String txId = ProofFixtures.txIdOfEvent(a, 3);
        ProvenanceProof tampered = ProofFixtures.withBlock(a, blockOfEvent(a, 3), block ->
                ProofFixtures.editAction(block, txId, action -> {
                    assertThat(action.getEndorsementsCount()).isEqualTo(3);
                    return action.toBuilder().removeEndorsements(0).build();
                }));
        ProofVerification v = tampered.verify();
        assertFails(v, ProofVerification.POLICY, "transaction " + txId.substring(0, 12),
                "(event 3) does not satisfy the endorsement policy",
                "MAJORITY Endorsement of 4 organisations (3 needed): satisfied by");
        assertThat(check(v, ProofVerification.SIGNATURES).detail()).doesNotContain("the endorsement by");
    }

    @Test
    void anEndorsementByACertificateFromAForeignCaIsCaught() throws Exception {
        ProvenanceProof a = batchA();
        String txId = ProofFixtures.txIdOfEvent(a, 1);
        ForeignAuthority impostor = ForeignAuthority.imitating("manufacturer");
        ProvenanceProof tampered = ProofFixtures.withBlock(a, blockOfEvent(a, 1), block ->
                ProofFixtures.editAction(block, txId, action -> forge(action, impostor)));
        ProofVerification v = tampered.verify();
        assertFails(v, ProofVerification.CERTIFICATES, "CN=peer0.manufacturer.anchor.local",
                "claims ManufacturerMSP but it is not issued by that organisation's CA");
        // the forged endorsement's signature is valid: its certificate gives it away (the creator's signature over
        // the edited envelope no longer verifies, as with any edit of a transaction)
        assertThat(check(v, ProofVerification.SIGNATURES).detail()).contains("the creator's")
                .doesNotContain("the endorsement by");
        assertFails(v, ProofVerification.POLICY, "(event 1) does not satisfy the endorsement policy");
    }

    /** Replaces the ManufacturerMSP endorsement with one signed by the impostor's key and certificate. */
    private static ChaincodeEndorsedAction forge(ChaincodeEndorsedAction action, ForeignAuthority impostor) {
        try {
            ByteString endorser = SerializedIdentity.newBuilder().setMspid("ManufacturerMSP")
                    .setIdBytes(ByteString.copyFromUtf8(ForeignAuthority.pem(impostor.peer))).build().toByteString();
            byte[] signature = impostor.sign(FabricCrypto.concat(action.getProposalResponsePayload().toByteArray(),
                    endorser.toByteArray()));
            ChaincodeEndorsedAction.Builder b = action.toBuilder();
            for (int i = 0; i < action.getEndorsementsCount(); i++) {
                Endorsement e = action.getEndorsements(i);
                if (SerializedIdentity.parseFrom(e.getEndorser()).getMspid().equals("ManufacturerMSP")) {
                    b.setEndorsements(i, Endorsement.newBuilder().setEndorser(endorser)
                            .setSignature(ByteString.copyFrom(signature)));
                    return b.build();
                }
            }
            throw new AssertionError("no ManufacturerMSP endorsement");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void trustAnchorsFromAForeignCaRejectTheRealCertificates(@TempDir Path dir) throws Exception {
        for (Path file : Files.list(ProofFixtures.trustDirectory()).toList()) {
            Files.copy(file, dir.resolve(file.getFileName()));
        }
        Files.writeString(dir.resolve("DistributorMSP.pem"),
                ForeignAuthority.pem(ForeignAuthority.imitating("distributor").ca));
        ProofVerification v = batchA().verify(TrustAnchors.fromDirectory(dir));
        assertFails(v, ProofVerification.CERTIFICATES, "claims DistributorMSP but it is not issued by that "
                + "organisation's CA");
    }

    @Test
    void aBlockFromAnotherBatchsProofSplicedInIsCaught() {
        ProvenanceProof a = batchA();
        int index = blockOfEvent(a, 2);
        List<byte[]> blocks = new ArrayList<>(a.blocks());
        blocks.set(index, batchB().blocks().get(index));
        ProofVerification v = ProofFixtures.withBlocks(a, blocks, a.headers()).verify();
        String txId = ProofFixtures.txIdOfEvent(a, 2);
        assertFails(v, ProofVerification.IN_BLOCKS, "transaction " + txId.substring(0, 12),
                "(event 2) is in none of the bundle's blocks");
        assertThat(check(v, ProofVerification.HEADERS).passed()).isFalse();
    }

    @Test
    void aBlockHeaderAlteredIsCaught() {
        ProvenanceProof a = batchA();
        int index = blockOfEvent(a, 2);
        ProvenanceProof tampered = ProofFixtures.withBlock(a, index, block -> {
            BlockHeader h = block.getHeader();
            return block.toBuilder().setHeader(h.toBuilder()
                    .setPreviousHash(ProofFixtures.flipByte(h.getPreviousHash(), 0))).build();
        });
        long number = ProofFixtures.parse(a.blocks().get(index)).getHeader().getNumber();
        ProofVerification v = tampered.verify();
        assertFails(v, ProofVerification.ORDERER, "block " + number + ": the orderer's (OrdererMSP) signature over "
                + "the header: the signature does not verify");
        assertFails(v, ProofVerification.HEADERS, "block " + number + "'s header differs from the header chain's");
    }

    @Test
    void aHeaderInTheChainAlteredBreaksTheLinks() {
        ProvenanceProof a = batchA();
        List<byte[]> headers = new ArrayList<>(a.headers());
        int middle = headers.size() / 2;
        BlockHeader h = parseHeader(headers.get(middle));
        headers.set(middle, h.toBuilder().setDataHash(ProofFixtures.flipByte(h.getDataHash(), 3)).build()
                .toByteArray());
        ProofVerification v = ProofFixtures.withBlocks(a, a.blocks(), headers).verify();
        assertFails(v, ProofVerification.HEADERS, "block " + (h.getNumber() + 1) + "'s previous_hash",
                "is not the hash of block " + h.getNumber() + "'s header");
    }

    @Test
    void aMissingHeaderIsCaught() {
        ProvenanceProof a = batchA();
        List<byte[]> headers = new ArrayList<>(a.headers());
        BlockHeader removed = parseHeader(headers.remove(3));
        ProofVerification v = ProofFixtures.withBlocks(a, a.blocks(), headers).verify();
        assertFails(v, ProofVerification.HEADERS, "the headers go from block " + (removed.getNumber() - 1)
                + " to block " + (removed.getNumber() + 1) + ": blocks in between are missing");
    }

    private static BlockHeader parseHeader(byte[] bytes) {
        try {
            return BlockHeader.parseFrom(bytes);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTransactionFlaggedInvalidIsCaught() {
        ProvenanceProof a = batchA();
        int index = blockOfEvent(a, 4);
        ProvenanceProof tampered = ProofFixtures.withBlock(a, index, block -> {
            Block.Builder b = block.toBuilder();
            b.getMetadataBuilder().setMetadata(2, ByteString.copyFrom(new byte[]{11}));
            return b.build();
        });
        assertFails(tampered.verify(), ProofVerification.IN_BLOCKS, "(event 4) is flagged MVCC_READ_CONFLICT");
    }

    @Test
    void aHighSSignatureIsRefusedAsFabricRefusesIt() throws Exception {
        ForeignAuthority signer = ForeignAuthority.imitating("retailer");
        byte[] message = "block".getBytes(StandardCharsets.UTF_8);
        byte[] low = signer.sign(message);
        assertThat(FabricCrypto.checkSignature(signer.peer.getPublicKey(), message, low)).isNull();
        org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(low);
        java.math.BigInteger r = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
        java.math.BigInteger s = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
        java.math.BigInteger n = ((java.security.interfaces.ECPublicKey) signer.peer.getPublicKey()).getParams()
                .getOrder();
        byte[] high = new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[]{
                new org.bouncycastle.asn1.ASN1Integer(r), new org.bouncycastle.asn1.ASN1Integer(n.subtract(s))})
                .getEncoded();
        assertThat(FabricCrypto.checkSignature(signer.peer.getPublicKey(), message, high)).contains("not low");
    }

    @Test
    void aTrustDirectoryWithoutPemFilesIsAConfigurationError(@TempDir Path dir) {
        assertThatThrownBy(() -> TrustAnchors.fromDirectory(dir)).isInstanceOf(AnchorException.class)
                .hasMessageContaining("no <MSP ID>.pem file");
        assertThatThrownBy(() -> TrustAnchors.fromDirectory(dir.resolve("absent")))
                .hasMessageContaining("not found");
    }
}
