package dev.anchor.chaincode.contract;

import dev.anchor.chaincode.domain.Batch;
import dev.anchor.chaincode.domain.HashChain;
import dev.anchor.chaincode.domain.Refusal;
import dev.anchor.chaincode.domain.Submission;
import dev.anchor.chaincode.domain.SupplyChain;
import dev.anchor.chaincode.ledger.CanonicalJson;
import dev.anchor.chaincode.ledger.FabricBatchLedger;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Anchor's transactions, as the peer calls them. A thin adapter: it takes the caller's MSP ID from
 * its certificate and the transaction id and timestamp from the proposal, lets the
 * {@link SupplyChain} decide, and answers canonical JSON. A refusal becomes a
 * {@link ChaincodeException} whose message is {@code CODE: sentence} and whose payload is the code.
 */
@Contract(
        name = "anchor",
        info = @Info(
                title = "Anchor",
                description = "Supply-chain traceability: batches, custody handoffs and hash-chained provenance",
                version = "0.1.0",
                license = @License(name = "Proprietary"),
                contact = @Contact(name = "Anchor")))
@Default
public final class AnchorContract implements ContractInterface {

    private final CanonicalJson json = new CanonicalJson();
    private final HashChain hashChain = new HashChain(json);

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RecordProduction(final Context ctx, final String batchId, final String gtin,
            final String productName, final String quantity, final String unit, final String site) {
        return write(ctx, (supplyChain, submission) ->
                supplyChain.recordProduction(submission, batchId, gtin, productName, quantity, unit, site));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String InitiateHandoff(final Context ctx, final String batchId, final String toMspId) {
        return write(ctx, (supplyChain, submission) -> supplyChain.initiateHandoff(submission, batchId, toMspId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AcceptHandoff(final Context ctx, final String batchId) {
        return write(ctx, (supplyChain, submission) -> supplyChain.acceptHandoff(submission, batchId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RejectHandoff(final Context ctx, final String batchId, final String reason) {
        return write(ctx, (supplyChain, submission) -> supplyChain.rejectHandoff(submission, batchId, reason));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBatch(final Context ctx, final String batchId) {
        return read(ctx, supplyChain -> json.encodeBatch(supplyChain.batch(batchId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetProvenance(final Context ctx, final String batchId) {
        return read(ctx, supplyChain -> json.encodeProvenance(supplyChain.provenance(batchId)));
    }

    /** One write of the supply chain, given the submission it is made in. */
    @FunctionalInterface
    private interface Write {
        Batch apply(SupplyChain supplyChain, Submission submission);
    }

    private String write(Context ctx, Write write) {
        ChaincodeStub stub = ctx.getStub();
        Submission submission = new Submission(ctx.getClientIdentity().getMSPID(), stub.getTxId(), stub.getTxTimestamp());
        return read(ctx, supplyChain -> json.encodeBatch(write.apply(supplyChain, submission)));
    }

    private String read(Context ctx, Function<SupplyChain, byte[]> answer) {
        SupplyChain supplyChain = new SupplyChain(new FabricBatchLedger(ctx.getStub(), json), hashChain);
        try {
            return new String(answer.apply(supplyChain), StandardCharsets.UTF_8);
        } catch (Refusal refusal) {
            String code = refusal.code().name();
            throw new ChaincodeException(code + ": " + refusal.reason(), code.getBytes(StandardCharsets.UTF_8));
        }
    }
}
