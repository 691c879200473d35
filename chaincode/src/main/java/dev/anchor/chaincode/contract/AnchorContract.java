package dev.anchor.chaincode.contract;

import dev.anchor.chaincode.domain.Batch;
import dev.anchor.chaincode.domain.BenchmarkFloor;
import dev.anchor.chaincode.domain.BenchmarkMode;
import dev.anchor.chaincode.domain.HashChain;
import dev.anchor.chaincode.domain.Refusal;
import dev.anchor.chaincode.domain.Submission;
import dev.anchor.chaincode.domain.SupplyChain;
import dev.anchor.chaincode.ledger.CanonicalJson;
import dev.anchor.chaincode.ledger.FabricBatchLedger;
import dev.anchor.chaincode.ledger.FabricBenchmarkLedger;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
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
 *
 * <p>{@code BenchmarkFloor} is not part of the supply chain: it exists for the benchmark and is refused
 * unless the server was started with {@code ANCHOR_BENCHMARK=enabled} (read once per server process).
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

    private static final byte[] NOTHING = new byte[0];

    /*
     * Made once per chaincode server, not per contract: the contract router creates a new AnchorContract for every
     * transaction, and a profile of the benchmark showed each of them building its own JSON mapper
     * (docs/benchmarks.md). Both are stateless and thread-safe.
     */
    private static final CanonicalJson JSON = new CanonicalJson();
    private static final HashChain HASH_CHAIN = new HashChain(JSON);
    /** The server's benchmark mode, read from its environment once. */
    private static final BenchmarkMode SERVER_BENCHMARK_MODE = BenchmarkMode.fromEnvironment(System.getenv());

    private final BenchmarkFloor benchmarkFloor;

    /** The contract as the chaincode server creates it; the benchmark floor follows the server's environment. */
    public AnchorContract() {
        this(SERVER_BENCHMARK_MODE);
    }

    AnchorContract(BenchmarkMode benchmarkMode) {
        this.benchmarkFloor = new BenchmarkFloor(benchmarkMode);
    }

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
        return read(ctx, supplyChain -> JSON.encodeBatch(supplyChain.batch(batchId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetProvenance(final Context ctx, final String batchId) {
        return read(ctx, supplyChain -> JSON.encodeProvenance(supplyChain.provenance(batchId)));
    }

    /** Measurement only: writes one small value under {@code benchmark}+key; answers nothing. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String BenchmarkFloor(final Context ctx, final String key) {
        return respond(() -> {
            benchmarkFloor.write(new FabricBenchmarkLedger(ctx.getStub()), key);
            return NOTHING;
        });
    }

    /** One write of the supply chain, given the submission it is made in. */
    @FunctionalInterface
    private interface Write {
        Batch apply(SupplyChain supplyChain, Submission submission);
    }

    private String write(Context ctx, Write write) {
        ChaincodeStub stub = ctx.getStub();
        Submission submission = new Submission(ctx.getClientIdentity().getMSPID(), stub.getTxId(), stub.getTxTimestamp());
        return read(ctx, supplyChain -> JSON.encodeBatch(write.apply(supplyChain, submission)));
    }

    private String read(Context ctx, Function<SupplyChain, byte[]> answer) {
        SupplyChain supplyChain = new SupplyChain(new FabricBatchLedger(ctx.getStub(), JSON), HASH_CHAIN);
        return respond(() -> answer.apply(supplyChain));
    }

    private static String respond(Supplier<byte[]> answer) {
        try {
            return new String(answer.get(), StandardCharsets.UTF_8);
        } catch (Refusal refusal) {
            String code = refusal.code().name();
            throw new ChaincodeException(code + ": " + refusal.reason(), code.getBytes(StandardCharsets.UTF_8));
        }
    }
}
