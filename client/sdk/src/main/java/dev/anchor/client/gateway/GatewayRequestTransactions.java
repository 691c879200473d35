package dev.anchor.client.gateway;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.anchor.model.request.RequestNonce;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's transactions through fabric-gateway. fabric-gateway draws a random nonce for every proposal it builds;
 * this builds the proposal itself, as fabric-gateway's {@code ProposalBuilder} does but with the nonce
 * {@link RequestNonce} derives, and hands its bytes to {@link Gateway#newProposal(byte[])}, which signs, endorses,
 * submits and follows it as any other. The ledger is read through qscc {@code GetTransactionByID}.
 */
final class GatewayRequestTransactions implements RequestTransactions {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayRequestTransactions.class);

    private final Gateway gateway;
    private final String channel;
    private final ChaincodeID chaincode;
    private final Contract qscc;
    private final ByteString creator;

    GatewayRequestTransactions(Gateway gateway, Network network, String chaincodeName) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.channel = network.getName();
        this.chaincode = ChaincodeID.newBuilder().setName(Objects.requireNonNull(chaincodeName, "chaincode")).build();
        this.qscc = network.getContract("qscc");
        Identity identity = gateway.getIdentity();
        this.creator = SerializedIdentity.newBuilder().setMspid(identity.getMspId())
                .setIdBytes(ByteString.copyFrom(identity.getCredentials())).build().toByteString();
    }

    /** Fabric's transaction id: lowercase hex SHA-256 of the nonce followed by the creator's serialized identity. */
    static String transactionId(byte[] nonce, ByteString creator) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(nonce);
            sha256.update(creator.toByteArray());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public Proposal propose(String function, String requestId, int generation, String... args) {
        byte[] nonce = RequestNonce.of(requestId, generation);
        String transactionId = transactionId(nonce, creator);
        Instant now = Instant.now();
        ChannelHeader channelHeader = ChannelHeader.newBuilder()
                .setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
                .setChannelId(channel)
                .setTxId(transactionId)
                .setTimestamp(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
                .setEpoch(0)
                .setExtension(ChaincodeHeaderExtension.newBuilder().setChaincodeId(chaincode).build().toByteString())
                .build();
        SignatureHeader signatureHeader = SignatureHeader.newBuilder().setCreator(creator)
                .setNonce(ByteString.copyFrom(nonce)).build();
        ChaincodeInput.Builder input = ChaincodeInput.newBuilder().addArgs(utf8(function));
        for (String arg : args) {
            input.addArgs(utf8(arg));
        }
        ChaincodeProposalPayload.Builder payload = ChaincodeProposalPayload.newBuilder()
                .setInput(ChaincodeInvocationSpec.newBuilder().setChaincodeSpec(ChaincodeSpec.newBuilder()
                        .setChaincodeId(chaincode).setInput(input)).build().toByteString())
                .putTransientMap(RequestNonce.REQUEST_ID_ENTRY, utf8(requestId));
        if (generation > 0) {
            payload.putTransientMap(RequestNonce.GENERATION_ENTRY, utf8(Integer.toString(generation)));
        }
        org.hyperledger.fabric.protos.peer.Proposal proposal = org.hyperledger.fabric.protos.peer.Proposal.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channelHeader.toByteString())
                        .setSignatureHeader(signatureHeader.toByteString()).build().toByteString())
                .setPayload(payload.build().toByteString())
                .build();
        return gateway.newProposal(ProposedTransaction.newBuilder()
                .setTransactionId(transactionId)
                .setProposal(SignedProposal.newBuilder().setProposalBytes(proposal.toByteString()))
                .build().toByteArray());
    }

    @Override
    public Optional<CommittedTransaction> committed(String transactionId) {
        byte[] processed;
        try {
            processed = qscc.evaluateTransaction("GetTransactionByID", channel, transactionId);
        } catch (GatewayException | GatewayRuntimeException | StatusRuntimeException e) {
            // "no such transaction ID" (not committed here yet), or the peer is unreachable: not known now.
            LOG.debug("qscc has no transaction {} now: {}", transactionId, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(CommittedTransaction.parse(transactionId, processed));
    }

    private static ByteString utf8(String text) {
        return ByteString.copyFrom(text, StandardCharsets.UTF_8);
    }
}
