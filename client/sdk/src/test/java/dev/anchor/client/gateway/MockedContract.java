package dev.anchor.client.gateway;

import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A fabric-gateway {@link Contract} of Mockito mocks whose every write endorses, submits and commits (transaction
 * {@code tx-1}, answering {@code answer}); tests change the stubs of its parts to make an attempt fail. Its
 * {@link #requests} build every proposal through the contract's builder (so tests see the function, the arguments and
 * the transient entries on it) and find committed transactions in {@link #ledger}.
 */
final class MockedContract {
    final Contract contract = mock(Contract.class);
    final Proposal.Builder builder = mock(Proposal.Builder.class);
    final Proposal proposal = mock(Proposal.class);
    final Transaction transaction = mock(Transaction.class);
    final SubmittedTransaction submitted = mock(SubmittedTransaction.class);
    final Status status = mock(Status.class);
    /** The transactions qscc would answer, by id. */
    final Map<String, CommittedTransaction> ledger = new HashMap<>();
    /** The generation of every proposal made, in order. */
    final List<Integer> generations = new ArrayList<>();
    final RequestTransactions requests = new RequestTransactions() {
        @Override
        public Proposal propose(String function, String requestId, int generation, String... args) {
            generations.add(generation);
            Proposal.Builder proposal = contract.newProposal(function).addArguments(args)
                    .putTransient("requestId", requestId.getBytes(StandardCharsets.UTF_8));
            if (generation > 0) {
                proposal.putTransient("requestGeneration", Integer.toString(generation).getBytes(StandardCharsets.UTF_8));
            }
            return proposal.build();
        }

        @Override
        public Optional<CommittedTransaction> committed(String transactionId) {
            return Optional.ofNullable(ledger.get(transactionId));
        }
    };

    MockedContract(String answer) throws Exception {
        when(contract.newProposal(anyString())).thenReturn(builder);
        when(builder.addArguments(any(String[].class))).thenReturn(builder);
        when(builder.putTransient(anyString(), any(byte[].class))).thenReturn(builder);
        when(builder.build()).thenReturn(proposal);
        when(proposal.getTransactionId()).thenReturn("tx-1");
        when(proposal.endorse()).thenReturn(transaction);
        when(transaction.getResult()).thenReturn(answer.getBytes(StandardCharsets.UTF_8));
        when(transaction.submitAsync()).thenReturn(submitted);
        when(submitted.getStatus()).thenReturn(status);
        when(status.isSuccessful()).thenReturn(true);
        when(status.getCode()).thenReturn(TxValidationCode.VALID);
    }
}
