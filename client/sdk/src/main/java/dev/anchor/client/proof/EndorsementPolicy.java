package dev.anchor.client.proof;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.ImplicitMetaPolicy;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.Policy;
import org.hyperledger.fabric.protos.common.SignaturePolicy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The channel's application endorsement policy ({@code /Channel/Application/Endorsement}, which a chaincode
 * defined without its own policy uses), evaluated as Fabric evaluates it: an implicit-meta policy (ANY, ALL,
 * MAJORITY) over each application organisation's own policy of that name, and signature policies
 * (n-out-of over MSP principals, each identity used at most once).
 */
final class EndorsementPolicy {
    static final String NAME = "Endorsement";

    /** An endorser whose signature and certificate already checked out. */
    record Endorser(SerializedIdentity identity, X509Certificate certificate) {
    }

    /**
     * @param satisfied whether the endorsers satisfy the policy
     * @param summary   e.g. {@code MAJORITY Endorsement of 4 organisations (3 needed): satisfied by A, B, C}
     */
    record Result(boolean satisfied, String summary) {
    }

    private final ChannelConfig config;

    EndorsementPolicy(ChannelConfig config) {
        this.config = config;
    }

    Result evaluate(List<Endorser> endorsers) {
        ConfigPolicy top = config.applicationPolicy(NAME).orElse(null);
        if (top == null) {
            return new Result(false, "the configuration has no /Channel/Application/" + NAME + " policy");
        }
        try {
            Policy policy = top.getPolicy();
            if (policy.getType() == Policy.PolicyType.SIGNATURE_VALUE) {
                boolean ok = signature(SignaturePolicyEnvelope.parseFrom(policy.getValue()), endorsers);
                return new Result(ok, "signature policy " + (ok ? "satisfied" : "not satisfied") + " by "
                        + names(endorsers));
            }
            if (policy.getType() != Policy.PolicyType.IMPLICIT_META_VALUE) {
                return new Result(false, "the endorsement policy has unsupported type " + policy.getType());
            }
            return implicitMeta(ImplicitMetaPolicy.parseFrom(policy.getValue()), endorsers);
        } catch (InvalidProtocolBufferException e) {
            return new Result(false, "the endorsement policy is unreadable: " + e.getMessage());
        }
    }

    private Result implicitMeta(ImplicitMetaPolicy meta, List<Endorser> endorsers)
            throws InvalidProtocolBufferException {
        Map<String, ConfigGroup> orgs = config.applicationGroup().getGroupsMap();
        int total = orgs.size();
        int needed = switch (meta.getRule()) {
            case ANY -> 1;
            case ALL -> total;
            case MAJORITY -> total / 2 + 1;
            default -> Integer.MAX_VALUE;
        };
        List<String> satisfiedBy = new ArrayList<>();
        for (var org : new java.util.TreeMap<>(orgs).entrySet()) {
            ConfigPolicy sub = org.getValue().getPoliciesMap().get(meta.getSubPolicy());
            if (sub != null && sub.getPolicy().getType() == Policy.PolicyType.SIGNATURE_VALUE
                    && signature(SignaturePolicyEnvelope.parseFrom(sub.getPolicy().getValue()), endorsers)) {
                satisfiedBy.add(org.getKey());
            }
        }
        boolean ok = satisfiedBy.size() >= needed;
        String summary = meta.getRule() + " " + meta.getSubPolicy() + " of " + total + " organisations (" + needed
                + " needed): " + (satisfiedBy.isEmpty() ? "satisfied by none" : "satisfied by "
                + String.join(", ", satisfiedBy));
        return new Result(ok, summary);
    }

    private boolean signature(SignaturePolicyEnvelope envelope, List<Endorser> endorsers) {
        boolean[] used = new boolean[endorsers.size()];
        return evaluate(envelope.getRule(), envelope.getIdentitiesList(), endorsers, used);
    }

    /** Fabric's compiled signature policy: greedy, each endorser counted at most once. */
    private boolean evaluate(SignaturePolicy rule, List<MSPPrincipal> principals, List<Endorser> endorsers,
                             boolean[] used) {
        if (rule.hasSignedBy()) {
            int i = rule.getSignedBy();
            if (i < 0 || i >= principals.size()) {
                return false;
            }
            for (int e = 0; e < endorsers.size(); e++) {
                if (!used[e] && matches(principals.get(i), endorsers.get(e))) {
                    used[e] = true;
                    return true;
                }
            }
            return false;
        }
        if (rule.hasNOutOf()) {
            boolean[] trial = Arrays.copyOf(used, used.length);
            int verified = 0;
            for (SignaturePolicy sub : rule.getNOutOf().getRulesList()) {
                if (evaluate(sub, principals, endorsers, trial)) {
                    verified++;
                }
            }
            if (verified >= rule.getNOutOf().getN()) {
                System.arraycopy(trial, 0, used, 0, used.length);
                return true;
            }
            return false;
        }
        return false;
    }

    private boolean matches(MSPPrincipal principal, Endorser endorser) {
        try {
            switch (principal.getPrincipalClassification()) {
                case ROLE: {
                    MSPRole role = MSPRole.parseFrom(principal.getPrincipal());
                    if (!role.getMspIdentifier().equals(endorser.identity().getMspid())) {
                        return false;
                    }
                    return hasRole(role.getMspIdentifier(), role.getRole(), endorser.certificate());
                }
                case IDENTITY:
                    return SerializedIdentity.parseFrom(principal.getPrincipal()).equals(endorser.identity());
                default:
                    return false;
            }
        } catch (InvalidProtocolBufferException e) {
            return false;
        }
    }

    private boolean hasRole(String mspId, MSPRole.MSPRoleType role, X509Certificate certificate) {
        if (role == MSPRole.MSPRoleType.MEMBER) {
            return true;
        }
        ChannelConfig.Msp msp = config.msp(mspId).orElse(null);
        if (msp == null) {
            return false;
        }
        if (role == MSPRole.MSPRoleType.ADMIN && msp.admins().contains(certificate)) {
            return true;
        }
        String ou = msp.nodeOus().get(role.name().toLowerCase(Locale.ROOT));
        return ou != null && FabricCrypto.organizationalUnits(certificate).contains(ou.toLowerCase(Locale.ROOT));
    }

    private static String names(List<Endorser> endorsers) {
        List<String> ids = new ArrayList<>();
        endorsers.forEach(e -> ids.add(e.identity().getMspid()));
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
