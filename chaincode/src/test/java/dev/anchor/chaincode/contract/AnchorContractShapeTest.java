package dev.anchor.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transactions clients call: names, argument order and intent as data-model.md lists them. */
class AnchorContractShapeTest {

    @Test
    void isTheDefaultContract() {
        assertThat(ContractInterface.class).isAssignableFrom(AnchorContract.class);
        assertThat(AnchorContract.class.getAnnotation(Contract.class)).isNotNull();
        assertThat(AnchorContract.class.getAnnotation(Default.class)).isNotNull();
    }

    @Test
    void exposesExactlyTheSupplyChainTransactionsAndTheBenchmarkFloor() {
        List<String> transactions = Arrays.stream(AnchorContract.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Transaction.class))
                .map(Method::getName)
                .sorted()
                .toList();

        assertThat(transactions).containsExactly("AcceptHandoff", "AcknowledgeRecall", "ApproveMember", "AttachEvidence",
                "AttachHandoffTerms", "BenchmarkBulkFloor", "BenchmarkFloor", "CaptureEpcisEvents", "GetBatch", "GetEpcisEventsOfBatch",
                "GetEvidence", "GetHandoffTerms", "GetHandoffTermsDeclarations", "GetInbox", "GetInventory", "GetMembers",
                "GetProvenance", "GetRecallReport", "GetRequest", "GetUnit", "InitiateHandoff",
                "InitiateHandoffWithTerms", "PackUnit", "PurgeHandoffTerms", "QueryEpcisEvents", "RecallBatch",
                "RecordProduction", "RecordProductions", "RejectHandoff", "TraceBack", "TraceForward", "TransformBatches", "UnpackUnit");
    }

    @ParameterizedTest
    @CsvSource({
            "RecordProduction, SUBMIT, batchId gtin productName quantity unit site",
            "RecordProductions, SUBMIT, batches",
            "InitiateHandoff, SUBMIT, id toMspId",
            "InitiateHandoffWithTerms, SUBMIT, id toMspId termsHash",
            "AttachHandoffTerms, SUBMIT, id",
            "PurgeHandoffTerms, SUBMIT, id fromMspId toMspId",
            "GetHandoffTerms, EVALUATE, id",
            "GetHandoffTermsDeclarations, EVALUATE, id",
            "AcceptHandoff, SUBMIT, id",
            "RejectHandoff, SUBMIT, id reason",
            "PackUnit, SUBMIT, sscc batchIds",
            "UnpackUnit, SUBMIT, sscc",
            "GetUnit, EVALUATE, sscc",
            "GetInventory, EVALUATE, pageSize bookmark",
            "GetInbox, EVALUATE, pageSize bookmark",
            "QueryEpcisEvents, EVALUATE, queryJson pageSize bookmark",
            "GetEpcisEventsOfBatch, EVALUATE, batchId",
            "GetBatch, EVALUATE, batchId",
            "GetProvenance, EVALUATE, batchId",
            "BenchmarkFloor, SUBMIT, key",
            "BenchmarkBulkFloor, SUBMIT, prefix count",
            "TransformBatches, SUBMIT, inputs batchId gtin productName quantity unit site",
            "TraceBack, EVALUATE, batchId",
            "TraceForward, EVALUATE, batchId",
            "RecallBatch, SUBMIT, batchId reason",
            "AcknowledgeRecall, SUBMIT, batchId",
            "GetRecallReport, EVALUATE, batchId",
            "AttachEvidence, SUBMIT, batchId sha256 mediaType size uri",
            "GetEvidence, EVALUATE, batchId sha256",
            "GetRequest, EVALUATE, requestId",
            "ApproveMember, SUBMIT, mspId holdsCustody recordsProduction"})
    void transactionHasItsIntentAndArguments(String name, Transaction.TYPE intent, String arguments) {
        Method method = Arrays.stream(AnchorContract.class.getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(name))
                .findFirst()
                .orElseThrow();

        assertThat(Modifier.isPublic(method.getModifiers())).isTrue();
        assertThat(method.getAnnotation(Transaction.class).intent()).isEqualTo(intent);
        assertThat(method.getReturnType()).isEqualTo(String.class);
        assertThat(method.getParameterTypes()[0]).isEqualTo(Context.class);
        List<String> parameterNames = Arrays.stream(method.getParameters()).skip(1)
                .map(parameter -> parameter.getName()).toList();
        assertThat(parameterNames).containsExactly(arguments.split(" "));
        assertThat(Arrays.stream(method.getParameterTypes()).skip(1)).allMatch(String.class::equals);
    }
}
