package dev.anchor.chaincode.domain.custody;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Member;
import dev.anchor.chaincode.domain.shared.Members;

/**
 * The custody checks that batches and logistic units share: who may hold custody, to whom a handoff
 * may go, and who may answer a pending handoff. Who is a member, and whether it holds custody, the channel's
 * {@link Members} say. {@code subject} names what is handed off in messages,
 * e.g. {@code batch PEAR-001} or {@code unit 106141411234567897}.
 */
public final class CustodyRules {

    private CustodyRules() {
    }

    /** Refuses with {@code FORBIDDEN_ROLE} unless the caller is an organisation that holds custody. */
    public static void requireCustodyRole(Members members, String caller, String action) {
        if (members.find(caller).filter(Member::holdsCustody).isEmpty()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE, describe(caller) + " may not " + action
                    + "; only the members that hold custody may (the manufacturer, distributor, retailer and those"
                    + " admitted to hold custody)");
        }
    }

    /** Refuses a recipient that never holds custody ({@code FORBIDDEN_ROLE}); checked with the role. */
    public static void refuseRecipientRole(Members members, String toMspId, String what) {
        if (members.find(toMspId).filter(member -> !member.holdsCustody()).isPresent()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE,
                    toMspId + " never holds custody, so a " + what + " cannot be handed off to it");
        }
    }

    /** The recipient argument's input rules ({@code INVALID_INPUT}). */
    public static void requireRecipientInput(String caller, String toMspId, String what) {
        if (toMspId == null || toMspId.isBlank()) {
            throw Refusal.invalidInput("toMspId is required");
        }
        if (toMspId.equals(caller)) {
            throw Refusal.invalidInput(caller + " cannot hand off a " + what + " to itself");
        }
    }

    /** Refuses a recipient outside the channel ({@code UNKNOWN_ORG}). */
    public static void requireKnownOrganisation(Members members, String toMspId) {
        if (members.find(toMspId).isEmpty()) {
            throw new Refusal(ErrorCode.UNKNOWN_ORG, Refusal.quoted(toMspId) + " is not an organisation of the channel");
        }
    }

    /** Refuses with {@code NOT_CUSTODIAN} unless the caller holds it. */
    public static void requireCustodian(String subject, String custodian, String caller) {
        if (!custodian.equals(caller)) {
            throw new Refusal(ErrorCode.NOT_CUSTODIAN, subject + " is held by " + custodian + ", not " + caller);
        }
    }

    /** Refuses with {@code HANDOFF_PENDING} when a handoff is pending. */
    public static void requireNoPendingHandoff(String subject, PendingHandoff pending) {
        if (pending != null) {
            throw new Refusal(ErrorCode.HANDOFF_PENDING, subject + " already has a pending handoff from "
                    + pending.from() + " to " + pending.to());
        }
    }

    /** The pending handoff, if it is addressed to the caller ({@code NO_PENDING_HANDOFF}, {@code NOT_RECIPIENT}). */
    public static PendingHandoff pendingFor(String subject, PendingHandoff pending, String caller) {
        if (pending == null) {
            throw new Refusal(ErrorCode.NO_PENDING_HANDOFF, subject + " has no pending handoff");
        }
        if (!pending.to().equals(caller)) {
            throw new Refusal(ErrorCode.NOT_RECIPIENT, "the pending handoff of " + subject
                    + " is addressed to " + pending.to() + ", not " + caller);
        }
        return pending;
    }

    static String describe(String mspId) {
        return mspId == null || mspId.isBlank() ? "a caller without an MSP ID" : mspId;
    }
}
