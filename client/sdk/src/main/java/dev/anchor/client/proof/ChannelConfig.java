package dev.anchor.client.proof;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a proof needs from a channel configuration block: each organisation's MSP (CA certificates, node OU
 * identifiers), which organisations are the orderer's, and the application policies (the endorsement policy).
 *
 * @param blockNumber   the configuration block's number
 * @param application   the application organisations' MSPs, by MSP ID
 * @param orderers      the orderer organisations' MSPs, by MSP ID
 * @param applicationGroup the {@code Application} group, for its policies and its organisations' policies
 */
record ChannelConfig(long blockNumber, Map<String, Msp> application, Map<String, Msp> orderers,
                     ConfigGroup applicationGroup) {

    /**
     * One organisation's MSP as the channel configuration defines it.
     *
     * @param mspId         its MSP ID
     * @param roots         root CA certificates
     * @param intermediates intermediate CA certificates
     * @param admins        admin certificates listed explicitly (usually none with node OUs)
     * @param nodeOus       role name (peer, client, admin, orderer) to OU identifier, when node OUs are enabled
     */
    record Msp(String mspId, List<X509Certificate> roots, List<X509Certificate> intermediates,
               List<X509Certificate> admins, Map<String, String> nodeOus) {
    }

    /**
     * Reads a configuration block.
     *
     * @throws ProofFormatException when it is not one
     */
    static ChannelConfig from(Block block) {
        if (block.getData().getDataCount() != 1) {
            throw new ProofFormatException("the configuration block has " + block.getData().getDataCount()
                    + " envelopes, not 1");
        }
        try {
            Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(0)).getPayload());
            ConfigGroup channel = ConfigEnvelope.parseFrom(payload.getData()).getConfig().getChannelGroup();
            ConfigGroup application = channel.getGroupsOrThrow("Application");
            ConfigGroup orderer = channel.getGroupsOrThrow("Orderer");
            return new ChannelConfig(block.getHeader().getNumber(), msps(application), msps(orderer), application);
        } catch (InvalidProtocolBufferException | IllegalArgumentException | CertificateException e) {
            throw new ProofFormatException("block " + block.getHeader().getNumber()
                    + " is not a readable channel configuration: " + e.getMessage());
        }
    }

    /** The MSP with this ID, application or orderer. */
    Optional<Msp> msp(String mspId) {
        Msp m = application.get(mspId);
        return Optional.ofNullable(m != null ? m : orderers.get(mspId));
    }

    /** The application policy with this name ({@code Endorsement}, ...). */
    Optional<ConfigPolicy> applicationPolicy(String name) {
        return Optional.ofNullable(applicationGroup.getPoliciesMap().get(name));
    }

    private static Map<String, Msp> msps(ConfigGroup parent) throws InvalidProtocolBufferException,
            CertificateException {
        Map<String, Msp> out = new TreeMap<>();
        for (ConfigGroup org : parent.getGroupsMap().values()) {
            ConfigValue value = org.getValuesMap().get("MSP");
            if (value == null) {
                continue;
            }
            MSPConfig mspConfig = MSPConfig.parseFrom(value.getValue());
            if (mspConfig.getType() != 0) {
                continue;
            }
            FabricMSPConfig fabric = FabricMSPConfig.parseFrom(mspConfig.getConfig());
            Map<String, String> ous = new TreeMap<>();
            if (fabric.hasFabricNodeOus() && fabric.getFabricNodeOus().getEnable()) {
                var n = fabric.getFabricNodeOus();
                ous.put("peer", n.getPeerOuIdentifier().getOrganizationalUnitIdentifier());
                ous.put("client", n.getClientOuIdentifier().getOrganizationalUnitIdentifier());
                ous.put("admin", n.getAdminOuIdentifier().getOrganizationalUnitIdentifier());
                ous.put("orderer", n.getOrdererOuIdentifier().getOrganizationalUnitIdentifier());
            }
            out.put(fabric.getName(), new Msp(fabric.getName(), certificates(fabric.getRootCertsList()),
                    certificates(fabric.getIntermediateCertsList()), certificates(fabric.getAdminsList()),
                    Collections.unmodifiableMap(ous)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<X509Certificate> certificates(List<ByteString> pems) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        for (ByteString pem : pems) {
            out.addAll(FabricCrypto.certificates(pem.toByteArray()));
        }
        return List.copyOf(out);
    }
}
