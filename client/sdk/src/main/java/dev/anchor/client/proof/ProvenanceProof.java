package dev.anchor.client.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.ProvenanceReader;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.wire.AnchorJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A self-contained, offline-verifiable proof of a batch's provenance: the {@code GetProvenance} answer, the blocks
 * that hold the transactions which wrote its events (with their endorsements, creators' certificates and the
 * orderer's signatures), every block header from the first of those blocks to the last, and the channel
 * configuration block in force (each organisation's CA certificates and the endorsement policy). Made by
 * {@link ProvenanceReader#proveProvenance}; the format is in docs/proofs.md.
 *
 * <pre>{@code
 * // on a connected machine
 * auditor.proveProvenance("PEAR-001").write(Path.of("PEAR-001.proof.json"));
 *
 * // anywhere, no network
 * ProvenanceProof proof = ProvenanceProof.read(Path.of("PEAR-001.proof.json"));
 * ProofVerification v = proof.verify(TrustAnchors.fromDirectory(Path.of("trust")));
 * System.out.println(v.verified() ? "verified" : "REJECTED: " + v.failures());
 * }</pre>
 */
public final class ProvenanceProof {
    /** The value of the bundle's {@code format} member. */
    public static final String FORMAT = "anchor-provenance-proof/1";

    private final String batchId;
    private final String channel;
    private final String chaincode;
    private final JsonNode provenance;
    private final byte[] configBlock;
    private final List<byte[]> blocks;
    private final List<byte[]> headers;

    /**
     * @param batchId     the batch
     * @param channel     the channel
     * @param chaincode   the chaincode (its namespace in the write sets)
     * @param provenance  the {@code GetProvenance} answer, as JSON
     * @param configBlock the channel configuration block in force (a serialized {@code common.Block})
     * @param blocks      the blocks holding the events' transactions, ascending (serialized {@code common.Block})
     * @param headers     every header from the first of those blocks to the last (serialized
     *                    {@code common.BlockHeader})
     */
    public ProvenanceProof(String batchId, String channel, String chaincode, String provenance, byte[] configBlock,
                           List<byte[]> blocks, List<byte[]> headers) {
        this.batchId = Objects.requireNonNull(batchId, "batchId");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.chaincode = Objects.requireNonNull(chaincode, "chaincode");
        this.provenance = AnchorJson.parseObject(Objects.requireNonNull(provenance, "provenance"), "the provenance");
        this.configBlock = configBlock.clone();
        this.blocks = copy(blocks);
        this.headers = copy(headers);
    }

    /** @return the batch */
    public String batchId() {
        return batchId;
    }

    /** @return the channel */
    public String channel() {
        return channel;
    }

    /** @return the chaincode */
    public String chaincode() {
        return chaincode;
    }

    /** @return the provenance answer the proof is about */
    public Provenance provenance() {
        return Provenance.fromJson(AnchorJson.write(provenance));
    }

    /** @return the configuration block, serialized */
    public byte[] configBlock() {
        return configBlock.clone();
    }

    /** @return the event blocks, serialized, ascending */
    public List<byte[]> blocks() {
        return copy(blocks);
    }

    /** @return the block headers, serialized, ascending */
    public List<byte[]> headers() {
        return copy(headers);
    }

    /** Verifies the proof offline against the CA certificates of its own configuration block. */
    public ProofVerification verify() {
        return verify(TrustAnchors.fromBundle());
    }

    /** Verifies the proof offline: no network, no descriptor. See {@link ProofVerification} for the checks. */
    public ProofVerification verify(TrustAnchors anchors) {
        return new ProofVerifier(this, Objects.requireNonNull(anchors, "anchors")).verify();
    }

    /** The bundle as canonical JSON (sorted keys, no whitespace; binary protobufs in base64), one line. */
    public String toJson() {
        ObjectNode n = AnchorJson.MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("batchId", batchId);
        n.put("channel", channel);
        n.put("chaincode", chaincode);
        n.set("provenance", provenance);
        n.put("configBlock", Base64.getEncoder().encodeToString(configBlock));
        n.set("blocks", base64(blocks));
        n.set("headers", base64(headers));
        return AnchorJson.canonical(n, null);
    }

    /**
     * Reads a bundle written by {@link #toJson()}.
     *
     * @throws AnchorException with {@link ErrorCode#INVALID_PROOF} when it is not one
     */
    public static ProvenanceProof fromJson(String json) {
        JsonNode n;
        try {
            n = AnchorJson.parseObject(json, "the proof bundle");
        } catch (AnchorException e) {
            throw new ProofFormatException(e.getMessage());
        }
        if (!FORMAT.equals(AnchorJson.text(n, "format"))) {
            throw new ProofFormatException("not a provenance proof: format is " + AnchorJson.text(n, "format")
                    + ", expected " + FORMAT);
        }
        JsonNode provenance = n.get("provenance");
        if (provenance == null || !provenance.isObject()) {
            throw new ProofFormatException("the proof bundle has no provenance object");
        }
        return new ProvenanceProof(required(n, "batchId"), required(n, "channel"), required(n, "chaincode"),
                AnchorJson.write(provenance), decode(required(n, "configBlock"), "configBlock"),
                decodeAll(n, "blocks"), decodeAll(n, "headers"));
    }

    /**
     * Reads a bundle file.
     *
     * @throws AnchorException with {@link ErrorCode#INVALID_PROOF} when it is unreadable or not a bundle
     */
    public static ProvenanceProof read(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ProofFormatException("cannot read " + file + ": file not found");
        } catch (IOException e) {
            throw new ProofFormatException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Writes {@link #toJson()} and a newline to the file.
     *
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the file cannot be written
     */
    public void write(Path file) {
        try {
            Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "cannot write " + file + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "ProvenanceProof[" + batchId + ", " + blocks.size() + " blocks, " + headers.size() + " headers]";
    }

    private static String required(JsonNode n, String field) {
        String v = AnchorJson.text(n, field);
        if (v == null) {
            throw new ProofFormatException("the proof bundle has no " + field);
        }
        return v;
    }

    private static List<byte[]> decodeAll(JsonNode n, String field) {
        JsonNode array = n.get(field);
        if (array == null || !array.isArray()) {
            throw new ProofFormatException("the proof bundle has no " + field + " array");
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(decode(array.get(i).asText(), field + "[" + i + "]"));
        }
        return out;
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ProofFormatException("the proof bundle's " + what + " is not base64");
        }
    }

    private static ArrayNode base64(List<byte[]> items) {
        ArrayNode a = AnchorJson.MAPPER.createArrayNode();
        items.forEach(b -> a.add(Base64.getEncoder().encodeToString(b)));
        return a;
    }

    private static List<byte[]> copy(List<byte[]> items) {
        List<byte[]> out = new ArrayList<>();
        Objects.requireNonNull(items, "items").forEach(b -> out.add(b.clone()));
        return List.copyOf(out);
    }
}
