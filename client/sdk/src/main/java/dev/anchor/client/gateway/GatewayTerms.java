package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.terms.PartyTerms;
import dev.anchor.client.terms.TermsDeclaration;
import dev.anchor.client.terms.TermsDisclosure;
import dev.anchor.client.wire.AnchorJson;
import io.grpc.StatusRuntimeException;
import dev.anchor.model.json.CanonicalForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.Transaction;

/**
 * The private side of handoff terms (docs/private-terms.md): the transactions that touch the parties' collection
 * are endorsed by the two parties' peers only (so that no other organisation's peer ever sees the terms, and the
 * collection's endorsement policy is met), and reads of a copy are evaluated on this organisation's own peer.
 */
final class GatewayTerms {

    /** The transient map entry the chaincode reads the private copy from. */
    static final String TERMS_ENTRY = "terms";

    private final Contract contract;
    private final Organization organization;
    private final String peer;

    GatewayTerms(Contract contract, Organization organization, String peer) {
        this.contract = contract;
        this.organization = organization;
        this.peer = peer;
    }

    /** Stores the copy in the parties' collection; answers the transaction id. */
    String attach(TermsDisclosure copy) {
        return submitToParties("AttachHandoffTerms", copy.from(), copy.to(),
                copy.json().getBytes(StandardCharsets.UTF_8), copy.id());
    }

    List<TermsDeclaration> purge(String batchId) {
        List<TermsDeclaration> purged = new ArrayList<>();
        for (TermsDeclaration own : partyDeclarations(batchId)) {
            submitToParties("PurgeHandoffTerms", own.from(), own.to(), null, batchId, own.from(), own.to());
            purged.add(own);
        }
        return purged;
    }

    List<PartyTerms> show(String batchId) {
        List<PartyTerms> terms = new ArrayList<>();
        for (JsonNode entry : answer(evaluateOnOwnPeer("GetHandoffTerms", batchId), "GetHandoffTerms")) {
            JsonNode copy = entry.get("copy");
            terms.add(new PartyTerms(declaration(entry.get("declaration")), copy == null || copy.isNull()
                    ? Optional.empty() : Optional.of(TermsDisclosure.parse(copy.toString()))));
        }
        return terms;
    }

    List<TermsDeclaration> declarations(String batchId) {
        return parse(evaluateOnOwnPeer("GetHandoffTermsDeclarations", batchId));
    }

    private List<TermsDeclaration> partyDeclarations(String batchId) {
        return show(batchId).stream().map(PartyTerms::declaration).toList();
    }

    private static List<TermsDeclaration> parse(String json) {
        List<TermsDeclaration> all = new ArrayList<>();
        for (JsonNode entry : answer(json, "terms declarations")) {
            all.add(declaration(entry));
        }
        return all;
    }

    /** A JSON array answer, decimals kept exactly (a copy's hash covers its numbers as written). */
    private static JsonNode answer(String json, String what) {
        try {
            JsonNode array = CanonicalForm.tree(json);
            if (array != null && array.isArray()) {
                return array;
            }
        } catch (IOException | RuntimeException e) {
            // answered below
        }
        throw new AnchorException(ErrorCode.UNEXPECTED, "cannot read " + what + ": not a JSON array");
    }

    private static TermsDeclaration declaration(JsonNode node) {
        return new TermsDeclaration(AnchorJson.text(node, "id"), AnchorJson.text(node, "from"),
                AnchorJson.text(node, "to"), AnchorJson.text(node, "termsHash"), node.path("txId").asText(null));
    }

    private String evaluateOnOwnPeer(String function, String batchId) {
        try {
            return new String(contract.newProposal(function).addArguments(batchId)
                    .setEndorsingOrganizations(organization.mspId()).build().evaluate(), StandardCharsets.UTF_8);
        } catch (GatewayException | GatewayRuntimeException | StatusRuntimeException e) {
            throw GatewayErrors.translate(e, function, null, peer);
        }
    }

    /** Endorsed by the peers of the two parties only, submitted, and waited for; answers the transaction id. */
    private String submitToParties(String function, String from, String to, byte[] copy, String... args) {
        String transactionId = null;
        try {
            Proposal.Builder builder = contract.newProposal(function).addArguments(args)
                    .setEndorsingOrganizations(from, to);
            if (copy != null) {
                builder.putTransient(TERMS_ENTRY, copy);
            }
            Proposal proposal = builder.build();
            transactionId = proposal.getTransactionId();
            Transaction transaction = proposal.endorse();
            Status status = transaction.submitAsync().getStatus();
            if (!status.isSuccessful()) {
                throw new CommitFailedException(status.getCode().name(), transactionId);
            }
            return transactionId;
        } catch (EndorseException | SubmitException | CommitStatusException | GatewayRuntimeException
                 | StatusRuntimeException e) {
            throw GatewayErrors.translate(e, function, transactionId, peer);
        }
    }
}
