package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.membership.Admission;
import dev.anchor.chaincode.domain.shared.Member;
import dev.anchor.model.json.CanonicalForm;
import java.util.List;

/** Membership on the wire: admitted members, admissions, and the answer of GetMembers. */
public final class MemberJson {

    private MemberJson() {
    }

    public static byte[] encodeMember(Member member) {
        return CanonicalForm.write(wire(member));
    }

    public static Member decodeMember(byte[] json) {
        dev.anchor.model.membership.Member wire = CanonicalForm.read(json, dev.anchor.model.membership.Member.class);
        return new Member(wire.mspId(), wire.holdsCustody(), wire.recordsProduction(), wire.founding(),
                wire.admittedBy());
    }

    /** The answer of GetMembers: every member, founders first. */
    public static byte[] encodeMembers(List<Member> members) {
        return CanonicalForm.write(members.stream().map(MemberJson::wire).toList());
    }

    public static byte[] encodeAdmission(Admission admission) {
        return CanonicalForm.write(new dev.anchor.model.membership.Admission(admission.admitted(),
                admission.approvals(), admission.holdsCustody(), admission.mspId(), admission.needed(),
                admission.recordsProduction()));
    }

    public static Admission decodeAdmission(byte[] json) {
        dev.anchor.model.membership.Admission wire =
                CanonicalForm.read(json, dev.anchor.model.membership.Admission.class);
        return new Admission(wire.mspId(), wire.holdsCustody(), wire.recordsProduction(), wire.approvals(),
                wire.needed(), wire.admitted());
    }

    private static dev.anchor.model.membership.Member wire(Member member) {
        return new dev.anchor.model.membership.Member(member.admittedBy(), member.founding(), member.holdsCustody(),
                member.mspId(), member.recordsProduction());
    }
}
