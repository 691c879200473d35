package dev.anchor.client.proof;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.anchor.client.AnchorException;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Runs the checks of {@link ProofVerification} on a {@link ProvenanceProof}, offline. */
final class ProofVerifier {
    private static final HexFormat HEX = HexFormat.of();

    private final ProvenanceProof proof;
    private final TrustAnchors anchors;
    private final List<ProofCheck> checks = new ArrayList<>();

    private ChannelConfig config;
    private Block configBlock;
    private final List<Block> blocks = new ArrayList<>();
    private final List<BlockHeader> headers = new ArrayList<>();
    private Provenance provenance;
    /** Each distinct transaction of the events, in the events' order; null when no bundle block holds it. */
    private final Map<String, ProofTransaction> transactions = new LinkedHashMap<>();
    /** (orderer role?, identity bytes) to its certificate, or the problem with it. */
    private final Map<List<Object>, Object> identities = new HashMap<>();

    ProofVerifier(ProvenanceProof proof, TrustAnchors anchors) {
        this.proof = proof;
        this.anchors = anchors;
    }

    ProofVerification verify() {
        String unreadable = parse();
        if (unreadable != null) {
            checks.add(new ProofCheck(ProofVerification.BUNDLE, false, unreadable));
            return new ProofVerification(checks, Map.of(), anchors.fromBundleItself());
        }
        checks.add(new ProofCheck(ProofVerification.BUNDLE, true, provenance.events().size() + " events in "
                + transactions.size() + " transactions, " + blocks.size() + " blocks, " + headers.size()
                + " headers, configuration block " + config.blockNumber()));
        checks.add(certificates());
        checks.add(signatures());
        checks.add(policy());
        checks.add(inBlocks());
        checks.add(ordererSignatures());
        checks.add(headerChain());
        checks.add(events());
        checks.add(hashChain());
        return new ProofVerification(checks, fingerprints(), anchors.fromBundleItself());
    }

    private String parse() {
        try {
            configBlock = Block.parseFrom(proof.configBlock());
            config = ChannelConfig.from(configBlock);
            for (byte[] b : proof.blocks()) {
                blocks.add(Block.parseFrom(b));
            }
            for (byte[] h : proof.headers()) {
                headers.add(BlockHeader.parseFrom(h));
            }
            provenance = proof.provenance();
        } catch (InvalidProtocolBufferException e) {
            return "a block or header is not a readable protobuf: " + e.getMessage();
        } catch (AnchorException e) {
            return e.getMessage();
        }
        if (provenance.events().isEmpty()) {
            return "the provenance has no events";
        }
        for (ProvenanceEvent event : provenance.events()) {
            String txId = event.transactionId();
            if (txId == null) {
                return "event " + event.seq() + " names no transaction";
            }
            if (!transactions.containsKey(txId)) {
                ProofTransaction found = null;
                for (Block block : blocks) {
                    try {
                        found = ProofTransaction.find(block, txId).orElse(null);
                    } catch (AnchorException e) {
                        return e.getMessage();
                    }
                    if (found != null) {
                        break;
                    }
                }
                transactions.put(txId, found);
            }
        }
        return null;
    }

    // ---- certificates --------------------------------------------------------------------------------------------

    private ProofCheck certificates() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Block block : blockAndConfig()) {
            for (MetadataSignature s : ordererSignaturesOf(block)) {
                SerializedIdentity id = signer(s);
                String p = id == null ? "unreadable signer" : identityProblem(id, true);
                checked++;
                if (p != null) {
                    problems.add("block " + number(block) + "'s orderer signer: " + p);
                }
            }
        }
        for (ProofTransaction tx : present()) {
            checked++;
            String p = identityProblem(tx.creator(), false);
            if (p != null) {
                problems.add("transaction " + shortId(tx.txId()) + "'s creator: " + p);
            }
            for (Endorsement e : tx.endorsements()) {
                checked++;
                SerializedIdentity id = parseIdentity(e.getEndorser());
                String q = id == null ? "unreadable endorser" : identityProblem(id, false);
                if (q != null) {
                    problems.add("transaction " + shortId(tx.txId()) + "'s endorser: " + q);
                }
            }
        }
        return verdict(ProofVerification.CERTIFICATES, problems, checked
                + " certificates chain to the CA of the organisation they claim");
    }

    /** Whether the identity's certificate chains to its MSP's trust anchors; null when it does. Cached. */
    private String identityProblem(SerializedIdentity id, boolean orderer) {
        Object cached = identities.computeIfAbsent(List.of(orderer, id.toByteString()),
                k -> checkIdentity(id, orderer));
        return cached instanceof String problem ? problem : null;
    }

    private Object checkIdentity(SerializedIdentity id, boolean orderer) {
        String msp = id.getMspid();
        var orgs = orderer ? config.orderers() : config.application();
        if (!orgs.containsKey(msp)) {
            return msp + " is not " + (orderer ? "an orderer" : "an application") + " organisation of the channel";
        }
        X509Certificate cert;
        try {
            cert = FabricCrypto.certificate(id.getIdBytes().toByteArray());
        } catch (CertificateException e) {
            return msp + "'s certificate is unreadable";
        }
        List<X509Certificate> roots = anchors.rootsFor(msp, config).orElse(null);
        if (roots == null || roots.isEmpty()) {
            return "no trust anchor for " + msp;
        }
        String problem = FabricCrypto.checkChain(cert, roots, orgs.get(msp).intermediates());
        if (problem != null) {
            return "the certificate " + cert.getSubjectX500Principal().getName() + " claims " + msp + " but "
                    + problem;
        }
        return cert;
    }

    private X509Certificate certificateOf(SerializedIdentity id, boolean orderer) {
        Object cached = identities.get(List.of(orderer, id.toByteString()));
        return cached instanceof X509Certificate c ? c : null;
    }

    // ---- signatures ----------------------------------------------------------------------------------------------

    private ProofCheck signatures() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ProofTransaction tx : present()) {
            checked++;
            String p = signatureProblem(tx.creator(), tx.payload().toByteArray(), tx.creatorSignature());
            if (p != null) {
                problems.add("transaction " + shortId(tx.txId()) + ", the creator's (" + tx.creator().getMspid()
                        + ") signature: " + p);
            }
            for (Endorsement e : tx.endorsements()) {
                checked++;
                String q = endorsementProblem(tx, e);
                if (q != null) {
                    problems.add("transaction " + shortId(tx.txId()) + ", the endorsement by " + mspOf(e) + ": " + q);
                }
            }
        }
        return verdict(ProofVerification.SIGNATURES, problems, checked
                + " signatures (endorsements and transaction creators) valid, ECDSA low-S");
    }

    private String endorsementProblem(ProofTransaction tx, Endorsement e) {
        SerializedIdentity id = parseIdentity(e.getEndorser());
        if (id == null) {
            return "unreadable endorser";
        }
        return signatureProblem(id, FabricCrypto.concat(tx.proposalResponsePayload().toByteArray(),
                e.getEndorser().toByteArray()), e.getSignature());
    }

    private String signatureProblem(SerializedIdentity id, byte[] message, ByteString signature) {
        X509Certificate cert;
        try {
            cert = FabricCrypto.certificate(id.getIdBytes().toByteArray());
        } catch (CertificateException e) {
            return "the signer's certificate is unreadable";
        }
        return FabricCrypto.checkSignature(cert.getPublicKey(), message, signature.toByteArray());
    }

    // ---- endorsement policy --------------------------------------------------------------------------------------

    private ProofCheck policy() {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks) {
            long inForce = lastConfig(block);
            if (inForce != config.blockNumber()) {
                problems.add("block " + number(block) + " was ordered under configuration block " + inForce
                        + ", but the bundle carries configuration block " + config.blockNumber());
            }
        }
        EndorsementPolicy policy = new EndorsementPolicy(config);
        String summary = null;
        for (ProofTransaction tx : present()) {
            List<EndorsementPolicy.Endorser> valid = new ArrayList<>();
            for (Endorsement e : tx.endorsements()) {
                SerializedIdentity id = parseIdentity(e.getEndorser());
                if (id != null && identityProblem(id, false) == null && endorsementProblem(tx, e) == null) {
                    valid.add(new EndorsementPolicy.Endorser(id, certificateOf(id, false)));
                }
            }
            EndorsementPolicy.Result result = policy.evaluate(valid);
            if (!result.satisfied()) {
                problems.add("transaction " + shortId(tx.txId()) + " (event " + firstSeqOf(tx.txId())
                        + ") does not satisfy the endorsement policy: " + result.summary());
            }
            summary = result.summary().replaceAll(": satisfied by .*", "");
        }
        return verdict(ProofVerification.POLICY, problems, "every transaction satisfies /Channel/Application/"
                + EndorsementPolicy.NAME + " of configuration block " + config.blockNumber()
                + (summary == null ? "" : " (" + summary + ")"));
    }

    // ---- transactions in blocks ----------------------------------------------------------------------------------

    private ProofCheck inBlocks() {
        List<String> problems = new ArrayList<>();
        for (Block block : blockAndConfig()) {
            if (!Arrays.equals(FabricCrypto.dataHash(block.getData()), block.getHeader().getDataHash().toByteArray())) {
                problems.add("block " + number(block) + "'s content does not match its header's data hash");
            }
        }
        for (Map.Entry<String, ProofTransaction> e : transactions.entrySet()) {
            ProofTransaction tx = e.getValue();
            String where = "transaction " + shortId(e.getKey()) + " (event " + firstSeqOf(e.getKey()) + ")";
            if (tx == null) {
                problems.add(where + " is in none of the bundle's blocks");
                continue;
            }
            if (tx.validationCode() != TxValidationCode.VALID) {
                problems.add(where + " is flagged " + tx.validationCode() + " in block " + tx.blockNumber());
            }
            if (!tx.txIdMatchesNonceAndCreator()) {
                problems.add(where + "'s id is not the hash of its nonce and creator");
            }
            if (!proof.channel().equals(tx.channel())) {
                problems.add(where + " is on channel " + tx.channel() + ", not " + proof.channel());
            }
            if (!proof.chaincode().equals(tx.chaincode())) {
                problems.add(where + " ran chaincode " + tx.chaincode() + ", not " + proof.chaincode());
            }
        }
        return verdict(ProofVerification.IN_BLOCKS, problems, transactions.size()
                + " transactions found in their blocks, valid; every block's data hash matches its content");
    }

    // ---- orderer signatures --------------------------------------------------------------------------------------

    private ProofCheck ordererSignatures() {
        List<String> problems = new ArrayList<>();
        int signed = 0;
        for (Block block : blockAndConfig()) {
            if (block == configBlock && number(block) == 0) {
                continue; // the genesis block is made by configtxgen, not the orderer; the header chain binds it
            }
            signed++;
            String p = ordererProblem(block);
            if (p != null) {
                problems.add("block " + number(block) + ": " + p);
            }
        }
        return verdict(ProofVerification.ORDERER, problems, signed + " blocks signed by the orderer ("
                + String.join(", ", config.orderers().keySet()) + ")"
                + (number(configBlock) == 0 ? "; the configuration is the unsigned genesis block, bound by the headers"
                : ""));
    }

    private String ordererProblem(Block block) {
        Metadata metadata = signaturesMetadata(block);
        if (metadata == null || metadata.getSignaturesCount() == 0) {
            return "no orderer signature";
        }
        byte[] header = FabricCrypto.headerBytes(block.getHeader());
        String last = null;
        for (MetadataSignature s : metadata.getSignaturesList()) {
            SerializedIdentity id = signer(s);
            if (id == null) {
                last = "unreadable signer";
                continue;
            }
            String certProblem = identityProblem(id, true);
            if (certProblem != null) {
                last = "the signer " + certProblem;
                continue;
            }
            byte[] signed = FabricCrypto.concat(metadata.getValue().toByteArray(),
                    s.getSignatureHeader().toByteArray(), header);
            String sigProblem = FabricCrypto.checkSignature(certificateOf(id, true).getPublicKey(), signed,
                    s.getSignature().toByteArray());
            if (sigProblem == null) {
                return null;
            }
            last = "the orderer's (" + id.getMspid() + ") signature over the header: " + sigProblem;
        }
        return last;
    }

    // ---- headers -------------------------------------------------------------------------------------------------

    private ProofCheck headerChain() {
        List<String> problems = new ArrayList<>();
        long first = config.blockNumber();
        long last = config.blockNumber();
        for (ProofTransaction tx : present()) {
            first = Math.min(first, tx.blockNumber());
            last = Math.max(last, tx.blockNumber());
        }
        Map<Long, BlockHeader> byNumber = new TreeMap<>();
        for (int i = 0; i < headers.size(); i++) {
            BlockHeader h = headers.get(i);
            if (i > 0) {
                BlockHeader previous = headers.get(i - 1);
                if (h.getNumber() != previous.getNumber() + 1) {
                    problems.add("the headers go from block " + previous.getNumber() + " to block " + h.getNumber()
                            + ": " + (h.getNumber() > previous.getNumber() + 1 ? "blocks in between are missing"
                            : "they are out of order"));
                } else if (!Arrays.equals(FabricCrypto.headerHash(previous), h.getPreviousHash().toByteArray())) {
                    problems.add("block " + h.getNumber() + "'s previous_hash "
                            + abbreviate(h.getPreviousHash().toByteArray()) + " is not the hash of block "
                            + previous.getNumber() + "'s header (" + abbreviate(FabricCrypto.headerHash(previous))
                            + ")");
                }
            }
            byNumber.put(h.getNumber(), h);
        }
        if (!byNumber.containsKey(first) || !byNumber.containsKey(last)) {
            problems.add("the headers do not span blocks " + first + " to " + last
                    + ", the configuration block and the events' blocks");
        }
        for (Block block : blockAndConfig()) {
            BlockHeader h = byNumber.get(number(block));
            if (h == null) {
                problems.add("no header in the chain for block " + number(block));
            } else if (!h.equals(block.getHeader())) {
                problems.add("block " + number(block) + "'s header differs from the header chain's");
            }
        }
        String range = headers.isEmpty() ? "none" : headers.get(0).getNumber() + " to "
                + headers.get(headers.size() - 1).getNumber();
        return verdict(ProofVerification.HEADERS, problems, headers.size() + " headers, blocks " + range
                + ", each linked to the one before by previous_hash");
    }

    // ---- events --------------------------------------------------------------------------------------------------

    private ProofCheck events() {
        return new LedgerEvents(proof, provenance, blocks, transactions).check();
    }

    // ---- hash chain ----------------------------------------------------------------------------------------------

    private ProofCheck hashChain() {
        ChainVerification chain = provenance.verify();
        return chain.intact()
                ? new ProofCheck(ProofVerification.HASH_CHAIN, true, chain.eventsChecked() + " events, intact")
                : new ProofCheck(ProofVerification.HASH_CHAIN, false, "broken at event "
                + chain.brokenAtSeq().orElseThrow() + ": " + chain.problem());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Map<String, List<String>> fingerprints() {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> msps = new ArrayList<>(config.application().keySet());
        msps.addAll(config.orderers().keySet());
        for (String msp : msps) {
            anchors.rootsFor(msp, config).ifPresent(roots -> out.put(msp,
                    roots.stream().map(FabricCrypto::fingerprint).toList()));
        }
        return out;
    }

    private List<ProofTransaction> present() {
        return transactions.values().stream().filter(Objects::nonNull).toList();
    }

    private List<Block> blockAndConfig() {
        List<Block> all = new ArrayList<>();
        all.add(configBlock);
        all.addAll(blocks);
        return all;
    }

    private long firstSeqOf(String txId) {
        for (ProvenanceEvent e : provenance.events()) {
            if (txId.equals(e.transactionId())) {
                return e.seq();
            }
        }
        return -1;
    }

    private static Metadata signaturesMetadata(Block block) {
        try {
            return Metadata.parseFrom(block.getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE));
        } catch (InvalidProtocolBufferException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static List<MetadataSignature> ordererSignaturesOf(Block block) {
        Metadata m = signaturesMetadata(block);
        return m == null ? List.of() : m.getSignaturesList();
    }

    private static long lastConfig(Block block) {
        try {
            return ProofCollector.lastConfig(block);
        } catch (AnchorException e) {
            return -1;
        }
    }

    private static SerializedIdentity signer(MetadataSignature s) {
        try {
            return SerializedIdentity.parseFrom(SignatureHeader.parseFrom(s.getSignatureHeader()).getCreator());
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
    }

    private static SerializedIdentity parseIdentity(ByteString bytes) {
        try {
            return SerializedIdentity.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
    }

    private static String mspOf(Endorsement e) {
        SerializedIdentity id = parseIdentity(e.getEndorser());
        return id == null ? "an unreadable endorser" : id.getMspid();
    }

    private static long number(Block block) {
        return block.getHeader().getNumber();
    }

    static String shortId(String txId) {
        return txId.length() > 12 ? txId.substring(0, 12) + "..." : txId;
    }

    private static String abbreviate(byte[] hash) {
        String hex = HEX.formatHex(hash);
        return hex.length() > 12 ? hex.substring(0, 12) + "..." : hex;
    }

    static ProofCheck verdict(String name, List<String> problems, String success) {
        if (problems.isEmpty()) {
            return new ProofCheck(name, true, success);
        }
        String detail = problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        return new ProofCheck(name, false, detail);
    }
}
