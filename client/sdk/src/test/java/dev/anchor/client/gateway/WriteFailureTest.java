package dev.anchor.client.gateway;

import com.google.rpc.Code;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import io.grpc.Status;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static dev.anchor.client.gateway.GatewayErrorsTest.gatewayError;
import static org.assertj.core.api.Assertions.assertThat;

/** Which failure of a write attempt is retried: every kind, and never a chaincode refusal. */
class WriteFailureTest {

    private static EndorseException endorse(Code code, String message, String... peerMessages) {
        return new EndorseException("tx-1", gatewayError(code, message, peerMessages));
    }

    @Test
    void anUnreachableOrSlowGatewayAtEndorsementIsRetried() {
        assertThat(WriteFailure.of(new EndorseException("tx-1", Status.UNAVAILABLE
                .withDescription("io exception").asRuntimeException()))).isEqualTo(WriteFailure.ENDORSEMENT_UNAVAILABLE);
        assertThat(WriteFailure.of(new EndorseException("tx-1", Status.DEADLINE_EXCEEDED.asRuntimeException())))
                .isEqualTo(WriteFailure.ENDORSEMENT_UNAVAILABLE);
    }

    @Test
    void peersThatFailWithoutAChaincodeAnswerAreRetried() {
        assertThat(WriteFailure.of(endorse(Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                "error in simulation: failed to execute transaction: could not launch chaincode: connection refused")))
                .isEqualTo(WriteFailure.ENDORSEMENT_UNAVAILABLE);
        assertThat(WriteFailure.of(endorse(Code.FAILED_PRECONDITION,
                "no combination of peers can be derived which satisfy the endorsement policy")))
                .isEqualTo(WriteFailure.ENDORSEMENT_UNAVAILABLE);
    }

    @Test
    void disagreeingEndorsementsAreRetried() {
        assertThat(WriteFailure.of(endorse(Code.ABORTED, "failed to collect enough transaction endorsements",
                "ProposalResponsePayloads do not match"))).isEqualTo(WriteFailure.ENDORSEMENTS_DIFFER);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void noChaincodeRefusalIsRetried(ErrorCode code) {
        if (!code.isChaincodeRefusal()) {
            return;
        }
        WriteFailure kind = WriteFailure.of(endorse(Code.ABORTED, "failed to endorse transaction",
                "chaincode response 500, " + code + ": no"));

        assertThat(kind).isEqualTo(WriteFailure.REFUSED);
        assertThat(kind.retryable()).isFalse();
    }

    /** Fabric's endorser (preProcess) and validator refuse a transaction id that the ledger holds. */
    @Test
    void aTransactionIdOnTheLedgerAlreadyMeansAlreadyCommitted() {
        assertThat(WriteFailure.of(endorse(Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                "duplicate transaction found [4f2a]. Creator [0a0f]"))).isEqualTo(WriteFailure.ALREADY_COMMITTED);
        assertThat(WriteFailure.of(endorse(Code.ABORTED,
                "failed to collect enough transaction endorsements, see attached details for more info",
                "duplicate transaction found [4f2a]. Creator [0a0f]"))).isEqualTo(WriteFailure.ALREADY_COMMITTED);
        assertThat(WriteFailure.of(new CommitFailedException("DUPLICATE_TXID", "4f2a")))
                .isEqualTo(WriteFailure.ALREADY_COMMITTED);
    }

    @Test
    void aRefusalByAnotherOrganisationsPeerAfterTheGatewaysOwnEndorsedIsADisagreement() {
        assertThat(WriteFailure.of(endorse(Code.ABORTED,
                "failed to collect enough transaction endorsements, see attached details for more info",
                "chaincode response 500, BATCH_NOT_FOUND: batch X does not exist")))
                .isEqualTo(WriteFailure.ENDORSEMENTS_DIFFER);
        assertThat(WriteFailure.of(endorse(Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "chaincode response 500, BATCH_NOT_FOUND: batch X does not exist"))).isEqualTo(WriteFailure.REFUSED);
    }

    @Test
    void aChaincodeFailureWithoutCodeAndADeniedIdentityAreNotRetried() {
        assertThat(WriteFailure.of(endorse(Code.ABORTED, "failed to endorse transaction",
                "chaincode response 500, Undefined contract method called"))).isEqualTo(WriteFailure.OTHER);
        assertThat(WriteFailure.of(endorse(Code.FAILED_PRECONDITION, "failed to endorse transaction",
                "access denied: channel [supplychain] creator org unknown"))).isEqualTo(WriteFailure.OTHER);
        assertThat(WriteFailure.of(endorse(Code.INVALID_ARGUMENT, "failed to unpack transaction proposal")))
                .isEqualTo(WriteFailure.OTHER);
    }

    @Test
    void anOrdererThatCannotBeReachedIsRetriedButABadRequestIsNot() {
        assertThat(WriteFailure.of(new SubmitException("tx-1", gatewayError(Code.UNAVAILABLE,
                "no orderers could successfully process transaction")))).isEqualTo(WriteFailure.ORDERER_UNAVAILABLE);
        assertThat(WriteFailure.of(new SubmitException("tx-1", Status.DEADLINE_EXCEEDED.asRuntimeException())))
                .isEqualTo(WriteFailure.ORDERER_UNAVAILABLE);
        assertThat(WriteFailure.of(new SubmitException("tx-1", gatewayError(Code.ABORTED,
                "received unsuccessful response from orderer: status=BAD_REQUEST")))).isEqualTo(WriteFailure.OTHER);
    }

    @Test
    void aLostCommitStatusIsRetried() {
        assertThat(WriteFailure.of(new CommitStatusException("tx-1", Status.UNAVAILABLE.asRuntimeException())))
                .isEqualTo(WriteFailure.COMMIT_STATUS_UNKNOWN);
        assertThat(WriteFailure.of(new CommitStatusException("tx-1", Status.DEADLINE_EXCEEDED.asRuntimeException())))
                .isEqualTo(WriteFailure.COMMIT_STATUS_UNKNOWN);
    }

    @ParameterizedTest
    @EnumSource(value = TxValidationCode.class, names = {"VALID", "UNRECOGNIZED"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyReadConflictsAreRetriedAfterCommit(TxValidationCode code) {
        WriteFailure kind = WriteFailure.of(new CommitFailedException(code.name(), "tx-1"));

        boolean conflict = EnumSet.of(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT)
                .contains(code);
        assertThat(kind).isEqualTo(conflict ? WriteFailure.READ_CONFLICT
                : code == TxValidationCode.DUPLICATE_TXID ? WriteFailure.ALREADY_COMMITTED : WriteFailure.INVALIDATED);
        assertThat(kind.retryable()).isEqualTo(conflict);
    }

    @Test
    void grpcFailuresOutsideAStageAreRetriedOnlyWhenUnavailable() {
        assertThat(WriteFailure.of(Status.UNAVAILABLE.asRuntimeException()))
                .isEqualTo(WriteFailure.ENDORSEMENT_UNAVAILABLE);
        assertThat(WriteFailure.of(Status.INTERNAL.asRuntimeException())).isEqualTo(WriteFailure.OTHER);
        assertThat(WriteFailure.of(new IllegalStateException("boom"))).isEqualTo(WriteFailure.OTHER);
    }

    @Test
    void exactlyTheUnavailableConflictAndUnknownKindsAreRetryable() {
        assertThat(EnumSet.allOf(WriteFailure.class).stream().filter(WriteFailure::retryable))
                .containsExactlyInAnyOrder(WriteFailure.ENDORSEMENT_UNAVAILABLE, WriteFailure.ENDORSEMENTS_DIFFER,
                        WriteFailure.ORDERER_UNAVAILABLE, WriteFailure.COMMIT_STATUS_UNKNOWN, WriteFailure.READ_CONFLICT);
    }
}
