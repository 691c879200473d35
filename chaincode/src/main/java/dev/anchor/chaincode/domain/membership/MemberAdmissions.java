package dev.anchor.chaincode.domain.membership;

import dev.anchor.chaincode.domain.shared.Member;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Admitting an organisation to the chaincode's members, governed as the channel's configuration is: each member's
 * admin approves in a transaction of its own, and the approval that makes a majority of the members (more than
 * half, as Fabric's MAJORITY) admits it with the capabilities proposed. Who approves comes from the caller's
 * certificate only: its MSP ID, and whether it is an admin of it ({@code callerIsAdmin}: the NodeOU role admin).
 *
 * <p>Checks, in order: the caller is a member ({@code FORBIDDEN_ROLE}), its admin ({@code FORBIDDEN_ROLE}), the
 * arguments ({@code INVALID_INPUT}), the candidate is no member yet ({@code ALREADY_MEMBER}), an earlier approval
 * proposed the same capabilities ({@code INVALID_INPUT}) and was not this organisation's ({@code ALREADY_APPROVED}).
 */
public final class MemberAdmissions {

    private final MemberLedger ledger;
    private final Membership members;

    public MemberAdmissions(MemberLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.members = new Membership(ledger);
    }

    /** Records the caller's organisation's approval of admitting {@code mspId}; answers the admission after it. */
    public Admission approve(Submission submission, boolean callerIsAdmin, String mspId, String holdsCustody,
            String recordsProduction) {
        String caller = submission.callerMspId();
        if (members.find(caller).isEmpty()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE, (caller == null || caller.isBlank() ? "a caller without an MSP ID"
                    : caller) + " may not approve a member; only the admins of the channel's members may");
        }
        if (!callerIsAdmin) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE, "approving a member needs an admin of " + caller
                    + " (a certificate with the NodeOU role admin); the caller is not one");
        }
        if (!Membership.isMspId(mspId)) {
            throw Refusal.invalidInput("mspId must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
                    + " digit, not " + Refusal.quoted(mspId));
        }
        boolean custody = flag("holdsCustody", holdsCustody);
        boolean production = flag("recordsProduction", recordsProduction);
        if (production && !custody) {
            throw Refusal.invalidInput("an organisation that records production holds the batches it makes:"
                    + " recordsProduction true needs holdsCustody true");
        }
        if (members.find(mspId).isPresent()) {
            throw new Refusal(ErrorCode.ALREADY_MEMBER, mspId + " is already a member");
        }

        List<String> approvals = new ArrayList<>();
        var earlier = ledger.findAdmission(mspId);
        if (earlier.isPresent()) {
            Admission pending = earlier.get();
            if (!pending.proposes(custody, production)) {
                throw Refusal.invalidInput("the admission of " + mspId + " was proposed with holdsCustody "
                        + pending.holdsCustody() + " and recordsProduction " + pending.recordsProduction()
                        + "; approve those capabilities, not holdsCustody " + custody + " and recordsProduction "
                        + production);
            }
            if (pending.approvals().contains(caller)) {
                throw new Refusal(ErrorCode.ALREADY_APPROVED, caller + " has already approved the admission of "
                        + mspId + " (" + pending.approvals().size() + " of " + pending.needed() + " approvals)");
            }
            approvals.addAll(pending.approvals());
        }
        approvals.add(caller);
        approvals.sort(null);

        int needed = members.all().size() / 2 + 1;
        boolean admitted = approvals.size() >= needed;
        Admission admission = new Admission(mspId, custody, production, approvals, needed, admitted);
        ledger.putAdmission(admission);
        if (admitted) {
            ledger.putAdmitted(new Member(mspId, custody, production, false, approvals));
        }
        return admission;
    }

    private static boolean flag(String name, String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw Refusal.invalidInput(name + " must be true or false, not " + Refusal.quoted(value));
    }
}
