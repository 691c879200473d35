package dev.anchor.chaincode.domain.membership;

import dev.anchor.chaincode.domain.shared.Member;
import dev.anchor.chaincode.domain.shared.Members;
import dev.anchor.chaincode.domain.shared.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The channel's members as the chaincode knows them: the founding {@link Organization}s, built in (no ledger read),
 * then the organisations admitted on the ledger ({@link MemberAdmissions}).
 */
public final class Membership implements Members {

    /** An MSP ID as Fabric's configuration takes it: a letter or digit, then letters, digits, '.', '_' or '-'. */
    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final MemberLedger ledger;

    public Membership(MemberLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public Optional<Member> find(String mspId) {
        if (!isMspId(mspId)) {
            return Optional.empty();
        }
        Optional<Organization> founder = Organization.ofMspId(mspId);
        return founder.isPresent() ? founder.map(Organization::member) : ledger.findAdmitted(mspId);
    }

    /** Whether the text has the form of an MSP ID (up to 64 characters); no other text is looked up. */
    static boolean isMspId(String text) {
        return text != null && MSP_ID.matcher(text).matches();
    }

    /** Every member: the founders in their fixed order, then the admitted ones by MSP ID. */
    public List<Member> all() {
        List<Member> members = new ArrayList<>();
        for (Organization founder : Organization.values()) {
            members.add(founder.member());
        }
        members.addAll(ledger.admitted());
        return List.copyOf(members);
    }
}
