package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.membership.Admission;
import dev.anchor.chaincode.domain.membership.MemberLedger;
import dev.anchor.chaincode.domain.shared.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/** Admitted members and admissions in the world state, one key per MSP ID each, reached through the stub. */
public final class FabricMemberLedger implements MemberLedger {

    private final ChaincodeStub stub;

    public FabricMemberLedger(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    @Override
    public Optional<Member> findAdmitted(String mspId) {
        byte[] state = stub.getState(LedgerKeys.member(mspId));
        return state == null || state.length == 0 ? Optional.empty() : Optional.of(MemberJson.decodeMember(state));
    }

    @Override
    public List<Member> admitted() {
        List<Member> members = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(LedgerKeys.members())) {
            for (KeyValue entry : range) {
                members.add(MemberJson.decodeMember(entry.getValue()));
            }
        }
        return members;
    }

    @Override
    public void putAdmitted(Member member) {
        stub.putState(LedgerKeys.member(member.mspId()), MemberJson.encodeMember(member));
    }

    @Override
    public Optional<Admission> findAdmission(String mspId) {
        byte[] state = stub.getState(LedgerKeys.admission(mspId));
        return state == null || state.length == 0 ? Optional.empty() : Optional.of(MemberJson.decodeAdmission(state));
    }

    @Override
    public void putAdmission(Admission admission) {
        stub.putState(LedgerKeys.admission(admission.mspId()), MemberJson.encodeAdmission(admission));
    }
}
