package dev.anchor.chaincode.domain.membership;

import dev.anchor.chaincode.domain.shared.Member;
import java.util.List;
import java.util.Optional;

/** Where admitted members and pending admissions are kept: one key per MSP ID each. Founders are not kept. */
public interface MemberLedger {

    Optional<Member> findAdmitted(String mspId);

    /** Every admitted member, by MSP ID in key (alphabetical) order. */
    List<Member> admitted();

    void putAdmitted(Member member);

    Optional<Admission> findAdmission(String mspId);

    void putAdmission(Admission admission);
}
