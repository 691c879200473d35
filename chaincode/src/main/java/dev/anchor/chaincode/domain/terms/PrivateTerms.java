package dev.anchor.chaincode.domain.terms;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Commercial terms of handoffs (docs/private-terms.md): the handing-off organisation declares their hash with the
 * handoff (public), either party then stores the private copy in the two parties' collection, shows it, or purges it.
 * Only the parties see a copy; anyone may read a declaration.
 */
public final class PrivateTerms {

    private final TermsLedger ledger;

    public PrivateTerms(TermsLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Declares the terms of the handoff of {@code id} the caller has just initiated to {@code toMspId}. */
    public TermsDeclaration declare(Submission submission, String id, String toMspId, String termsHash) {
        TermsDeclaration declaration = new TermsDeclaration(id, submission.callerMspId(), toMspId,
                new Sha256(termsHash), submission.txId());
        ledger.declare(declaration);
        return declaration;
    }

    /**
     * Stores the private copy in the parties' collection, if it is the one declared: the caller is a party, and the
     * copy's SHA-256 is the declared hash ({@link ErrorCode#TERMS_MISMATCH} otherwise).
     */
    public TermsDeclaration attach(Submission submission, String id, TermsCopy copy) {
        if (!copy.id().equals(id)) {
            throw Refusal.invalidInput("the terms name " + Refusal.quoted(copy.id()) + ", not " + Refusal.quoted(id));
        }
        TermsDeclaration declaration = declaration(id, copy.from(), copy.to());
        requireParty(submission, declaration);
        Sha256 hash = Sha256.of(copy.canonical());
        if (!hash.equals(declaration.termsHash())) {
            throw new Refusal(ErrorCode.TERMS_MISMATCH, "the terms hash to " + hash + ", the handoff of "
                    + Refusal.quoted(id) + " declared " + declaration.termsHash());
        }
        ledger.putPrivateCopy(declaration, copy.canonical());
        return declaration;
    }

    /** The declarations of {@code id} whose party the caller is ({@link ErrorCode#NOT_A_PARTY} if none). */
    public List<TermsDeclaration> ofParty(Submission submission, String id) {
        List<TermsDeclaration> all = declarations(id);
        List<TermsDeclaration> own = all.stream().filter(d -> d.hasParty(submission.callerMspId())).toList();
        if (own.isEmpty()) {
            requireParty(submission, all.get(0));
        }
        return own;
    }

    /**
     * Purges the private copy of the terms of the handoff of {@code id} from {@code from} to {@code to}, which the
     * caller is a party to; the declaration stays. One pair per transaction: each pair's collection needs the
     * endorsement of its own two peers.
     */
    public TermsDeclaration purge(Submission submission, String id, String from, String to) {
        TermsDeclaration declaration = declaration(id, from, to);
        requireParty(submission, declaration);
        ledger.purgePrivateCopy(declaration);
        return declaration;
    }

    private TermsDeclaration declaration(String id, String from, String to) {
        return declarations(id).stream().filter(d -> d.from().equals(from) && d.to().equals(to)).findFirst()
                .orElseThrow(() -> new Refusal(ErrorCode.TERMS_NOT_FOUND, "no terms were declared for the handoff of "
                        + Refusal.quoted(id) + " from " + Refusal.quoted(from) + " to " + Refusal.quoted(to)));
    }

    /** Every declaration of {@code id}, which anyone may read ({@link ErrorCode#TERMS_NOT_FOUND} if none). */
    public List<TermsDeclaration> declarations(String id) {
        List<TermsDeclaration> all = ledger.declarations(checked(id));
        if (all.isEmpty()) {
            throw new Refusal(ErrorCode.TERMS_NOT_FOUND, "no commercial terms were declared for "
                    + Refusal.quoted(id));
        }
        return all;
    }

    /** A batch id or an SSCC, the ids a handoff takes; anything else is {@link ErrorCode#INVALID_INPUT}. */
    private static String checked(String id) {
        return id != null && Sscc.hasForm(id) ? id : new BatchId(id).value();
    }

    private static void requireParty(Submission submission, TermsDeclaration declaration) {
        if (!declaration.hasParty(submission.callerMspId())) {
            throw new Refusal(ErrorCode.NOT_A_PARTY, "the terms of the handoff of "
                    + Refusal.quoted(declaration.id()) + " are between " + declaration.from() + " and "
                    + declaration.to() + "; "
                    + submission.callerMspId() + " is not a party");
        }
    }

    /** The private copy of a declaration on this peer, empty once purged. */
    public Optional<byte[]> privateCopy(TermsDeclaration declaration) {
        return ledger.privateCopy(declaration);
    }
}
