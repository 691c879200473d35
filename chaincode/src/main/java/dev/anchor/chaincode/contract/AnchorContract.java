package dev.anchor.chaincode.contract;

import dev.anchor.chaincode.domain.access.WriteTransaction;
import dev.anchor.chaincode.domain.benchmark.BenchmarkFloor;
import dev.anchor.chaincode.ledger.UnitJson;
import dev.anchor.chaincode.ledger.RequestJson;
import dev.anchor.chaincode.ledger.RecallJson;
import dev.anchor.chaincode.ledger.ProvenanceJson;
import dev.anchor.chaincode.ledger.LineageJson;
import dev.anchor.chaincode.ledger.EvidenceJson;
import dev.anchor.chaincode.ledger.EpcisQueryJson;
import dev.anchor.chaincode.ledger.EpcisCaptureJson;
import dev.anchor.chaincode.ledger.CustodyJson;
import dev.anchor.chaincode.ledger.TermsJson;
import dev.anchor.chaincode.ledger.MemberJson;
import dev.anchor.chaincode.domain.benchmark.BenchmarkMode;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.custody.ProductionRun;
import dev.anchor.chaincode.domain.epcis.EpcisQuery;
import dev.anchor.chaincode.domain.lineage.BatchSpec;
import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.model.request.RequestNonce;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Role;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.chaincode.ledger.CanonicalJson;
import dev.anchor.chaincode.ledger.FabricBenchmarkLedger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.contract.ClientIdentity;
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
 * Anchor's transactions, as the peer calls them. A thin adapter: it takes the caller's MSP ID, subject and
 * {@value Role#ATTRIBUTE} from its certificate and the transaction id and timestamp from the proposal, lets the
 * use case ({@link UseCases}: production and custody, aggregation, unit handoffs, holdings,
 * transformation, tracing, recalls, evidence, EPCIS capture) decide,
 * and answers canonical JSON. The handoff transactions take a batch id or an SSCC (18 digits), and
 * answer the batch or the unit. A refusal becomes a
 * {@link ChaincodeException} whose message is {@code CODE: sentence} and whose payload is the code.
 *
 * <p>Every transaction has one shape, a {@link UseCase} over the transaction's {@link UseCases} and its
 * {@link Submission}: {@link #read} runs it and answers, {@link #write} runs it once per request id if the caller's
 * role allows it ({@link WriteTransaction}, docs/roles.md). The ledger adapters write the world state and emit the
 * chaincode event as the use case goes.
 *
 * <p>Every supply-chain write goes through {@link #write}, which makes it exactly-once per request id: a client
 * puts its id for the request in the proposal's transient map under {@value #REQUEST_ID_ENTRY} and proposes it with
 * the transaction id the id derives ({@link DerivedTransactionId}); Fabric refuses a second transaction with that
 * id. The id is optional: a write without one is not protected against being made twice.
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
    /** The transient map entry that carries the client's request id (UTF-8). */
    static final String REQUEST_ID_ENTRY = RequestNonce.REQUEST_ID_ENTRY;
    /** The transient map entry that carries the request's generation (decimal, UTF-8; absent for 0). */
    static final String GENERATION_ENTRY = RequestNonce.GENERATION_ENTRY;
    /** The transient map entry that carries the private copy of a handoff's terms (JSON). */
    static final String TERMS_ENTRY = "terms";
    /** The organisational unit that Fabric CA writes into an admin's certificate: its NodeOU role. */
    static final String ADMIN_OU = "admin";

    /*
     * Made once per chaincode server, not per contract: the contract router creates a new AnchorContract for every
     * transaction, and a profile of the benchmark showed each of them building its own JSON mapper
     * (docs/benchmarks.md). Stateless and thread-safe; the JSON mapper is the model's CanonicalForm, made once.
     */
    private static final HashChain HASH_CHAIN = new HashChain(new CanonicalJson());
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
        return write(ctx, WriteTransaction.RECORD_PRODUCTION, (cases, submission) -> CustodyJson.encodeBatch(
                cases.supplyChain().recordProduction(submission, batchId, gtin, productName, quantity, unit, site)));
    }

    /**
     * {@link #RecordProduction} for many batches, all or none: {@code batches} is a JSON array of
     * {@code {"batchId":…,"gtin":…,"productName":…,"quantity":…,"unit":…,"site":…}}, at most
     * {@value ProductionRun#MAX_BATCHES}; answers {@code {"recorded":[ids]}}. Any refused entry refuses the whole
     * transaction with {@code BATCHES_REFUSED}, naming each refused entry and its code.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RecordProductions(final Context ctx, final String batches) {
        return write(ctx, WriteTransaction.RECORD_PRODUCTIONS, (cases, submission) -> CustodyJson.encodeProductionsRecorded(
                cases.productionRun().record(submission, () -> CustodyJson.decodeProductionEntries(batches))));
    }

    /** {@code inputs}: a JSON array of {@code {"batchId":…,"quantity":…}}; the rest describes the output batch. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String TransformBatches(final Context ctx, final String inputs, final String batchId, final String gtin,
            final String productName, final String quantity, final String unit, final String site) {
        return write(ctx, WriteTransaction.TRANSFORM_BATCHES, (cases, submission) -> CustodyJson.encodeBatch(
                cases.transformation().transform(submission, () -> LineageJson.decodeConsumptions(inputs),
                        new BatchSpec(batchId, gtin, productName, quantity, unit, site))));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String InitiateHandoff(final Context ctx, final String id, final String toMspId) {
        return write(ctx, WriteTransaction.INITIATE_HANDOFF, initiate(id, toMspId));
    }

    private static UseCase initiate(String id, String toMspId) {
        return unitOrBatch(id,
                (cases, submission) -> UnitJson.encodeUnit(cases.unitHandoffs().initiate(submission, id, toMspId)),
                (cases, submission) -> CustodyJson.encodeBatch(cases.supplyChain().initiateHandoff(submission, id, toMspId)));
    }

    /**
     * {@link #InitiateHandoff} with commercial terms: also declares {@code termsHash}, the SHA-256 of the private
     * copy's canonical JSON, in public (docs/private-terms.md). The terms follow in {@link #AttachHandoffTerms}.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String InitiateHandoffWithTerms(final Context ctx, final String id, final String toMspId,
            final String termsHash) {
        UseCase handoff = initiate(id, toMspId);
        return write(ctx, WriteTransaction.INITIATE_HANDOFF_WITH_TERMS, (cases, submission) -> {
            byte[] answer = handoff.run(cases, submission);
            cases.terms().declare(submission, id, toMspId, termsHash);
            return answer;
        });
    }

    /**
     * Stores the private copy of a handoff's declared terms (transient entry {@value #TERMS_ENTRY}) in the two
     * parties' collection. Writes nothing public (not even a request record), so that the collection's endorsement
     * policy, both parties' peers, is the only one: the client has it endorsed by those two peers only.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AttachHandoffTerms(final Context ctx, final String id) {
        return unrecordedWrite(ctx, WriteTransaction.ATTACH_HANDOFF_TERMS, (cases, submission) -> TermsJson.encodeDeclaration(
                cases.terms().attach(submission, id, TermsJson.decodeCopy(transientEntry(ctx.getStub(), TERMS_ENTRY)))));
    }

    /**
     * Purges the private copy of the terms of the handoff of {@code id} between the two parties from their peers;
     * the declaration (the hash) stays. Like {@link #AttachHandoffTerms}, endorsed by the two parties' peers only.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String PurgeHandoffTerms(final Context ctx, final String id, final String fromMspId, final String toMspId) {
        return unrecordedWrite(ctx, WriteTransaction.PURGE_HANDOFF_TERMS, (cases, submission) ->
                TermsJson.encodeDeclaration(cases.terms().purge(submission, id, fromMspId, toMspId)));
    }

    /** The terms of {@code id} with the copies this peer holds, for a party; anyone else is refused. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetHandoffTerms(final Context ctx, final String id) {
        return read(ctx, (cases, submission) -> TermsJson.encodeWithCopies(cases.terms().ofParty(submission, id),
                cases.terms()::privateCopy));
    }

    /** The public declarations of the terms of {@code id} (parties and hashes), for anyone. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetHandoffTermsDeclarations(final Context ctx, final String id) {
        return read(ctx, (cases, submission) -> TermsJson.encodeDeclarations(cases.terms().declarations(id)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AcceptHandoff(final Context ctx, final String id) {
        return write(ctx, WriteTransaction.ACCEPT_HANDOFF, unitOrBatch(id,
                (cases, submission) -> UnitJson.encodeUnit(cases.unitHandoffs().accept(submission, id)),
                (cases, submission) -> CustodyJson.encodeBatch(cases.supplyChain().acceptHandoff(submission, id))));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RejectHandoff(final Context ctx, final String id, final String reason) {
        return write(ctx, WriteTransaction.REJECT_HANDOFF, unitOrBatch(id,
                (cases, submission) -> UnitJson.encodeUnit(cases.unitHandoffs().reject(submission, id, reason)),
                (cases, submission) -> CustodyJson.encodeBatch(cases.supplyChain().rejectHandoff(submission, id, reason))));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String PackUnit(final Context ctx, final String sscc, final String batchIds) {
        return write(ctx, WriteTransaction.PACK_UNIT, (cases, submission) ->
                UnitJson.encodeUnit(cases.aggregation().pack(submission, sscc, batchIds)));
    }

    /** Answers the unit as it was before it was unpacked (it no longer exists after). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String UnpackUnit(final Context ctx, final String sscc) {
        return write(ctx, WriteTransaction.UNPACK_UNIT, (cases, submission) ->
                UnitJson.encodeUnit(cases.aggregation().unpack(submission, sscc)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBatch(final Context ctx, final String batchId) {
        return read(ctx, (cases, submission) -> CustodyJson.encodeBatch(cases.supplyChain().batch(batchId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetProvenance(final Context ctx, final String batchId) {
        return read(ctx, (cases, submission) -> ProvenanceJson.encodeProvenance(cases.supplyChain().provenance(batchId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetUnit(final Context ctx, final String sscc) {
        return read(ctx, (cases, submission) -> UnitJson.encodeUnit(cases.aggregation().unit(sscc)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String TraceBack(final Context ctx, final String batchId) {
        return read(ctx, (cases, submission) -> LineageJson.encodeTrace(cases.tracing().back(batchId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String TraceForward(final Context ctx, final String batchId) {
        return read(ctx, (cases, submission) -> LineageJson.encodeTrace(cases.tracing().forward(batchId)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RecallBatch(final Context ctx, final String batchId, final String reason) {
        return write(ctx, WriteTransaction.RECALL_BATCH, (cases, submission) ->
                CustodyJson.encodeBatch(cases.recalls().recall(submission, batchId, reason)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AcknowledgeRecall(final Context ctx, final String batchId) {
        return write(ctx, WriteTransaction.ACKNOWLEDGE_RECALL, (cases, submission) ->
                CustodyJson.encodeBatch(cases.recalls().acknowledge(submission, batchId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetRecallReport(final Context ctx, final String batchId) {
        return read(ctx, (cases, submission) -> RecallJson.encodeRecallReport(cases.recalls().report(batchId)));
    }

    /**
     * The caller's organisation's admin approves admitting {@code mspId} as a member (docs/membership.md);
     * {@code holdsCustody} and {@code recordsProduction} are {@code true} or {@code false}. The approval that makes a
     * majority of the members admits it. Only an admin may: the NodeOU role {@value #ADMIN_OU} in the caller's
     * certificate, whose MSP ID is the approving member; no argument names the approver. Answers the admission.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ApproveMember(final Context ctx, final String mspId, final String holdsCustody,
            final String recordsProduction) {
        boolean admin = isAdmin(ctx.getClientIdentity());
        return unrecordedWrite(ctx, WriteTransaction.APPROVE_MEMBER, (cases, submission) -> MemberJson.encodeAdmission(
                cases.admissions().approve(submission, admin, mspId, holdsCustody, recordsProduction)));
    }

    /** Every member the chaincode knows: the founders, then the admitted organisations by MSP ID. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetMembers(final Context ctx) {
        return read(ctx, (cases, submission) -> MemberJson.encodeMembers(cases.membership().all()));
    }

    /** {@code uri} may be empty: the document has no locator. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AttachEvidence(final Context ctx, final String batchId, final String sha256, final String mediaType,
            final String size, final String uri) {
        return write(ctx, WriteTransaction.ATTACH_EVIDENCE, (cases, submission) ->
                CustodyJson.encodeBatch(cases.evidence().attach(submission, batchId, sha256, mediaType, size, uri)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetEvidence(final Context ctx, final String batchId, final String sha256) {
        return read(ctx, (cases, submission) -> EvidenceJson.encodeEvidence(cases.evidence().find(batchId, sha256)));
    }

    /** What the caller's organisation holds, one page; bookmark "" for the first page. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetInventory(final Context ctx, final String pageSize, final String bookmark) {
        return read(ctx, (cases, submission) ->
                CustodyJson.encodeHoldingsPage(cases.holdings().inventory(submission.callerMspId(), pageSize, bookmark)));
    }

    /** The handoffs waiting for the caller's organisation, one page; bookmark "" for the first page. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetInbox(final Context ctx, final String pageSize, final String bookmark) {
        return read(ctx, (cases, submission) ->
                CustodyJson.encodeHoldingsPage(cases.holdings().inbox(submission.callerMspId(), pageSize, bookmark)));
    }

    /**
     * Records GS1 EPCIS 2.0 events; {@code eventsJson} is
     * {@code {"context":<@context>,"events":[{"eventId":"ni:///sha-256;…?ver=CBV2.0","event":{…}},…]}}. Answers
     * {@code {"duplicates":[ids],"links":[…],"recorded":[ids]}}.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CaptureEpcisEvents(final Context ctx, final String eventsJson) {
        return write(ctx, WriteTransaction.CAPTURE_EPCIS_EVENTS, (cases, submission) ->
                EpcisCaptureJson.encodeEpcisCaptureResult(
                        cases.epcisCapture().capture(submission, EpcisCaptureJson.decodeEpcisCapture(eventsJson))));
    }

    /**
     * The caller's own earlier request, as recorded before request ids became transaction ids (issue 16): the first
     * committed transaction that carried {@code requestId} for the caller's organisation, with its answer.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetRequest(final Context ctx, final String requestId) {
        return read(ctx, (cases, submission) ->
                RequestJson.encodeRequest(cases.requests().find(submission.callerMspId(), requestId)));
    }

    /**
     * One page of the captured EPCIS events that satisfy the query ({@code queryJson}: a JSON object of EPCIS
     * query parameters, each a string or an array of strings); bookmark "" for the first page.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String QueryEpcisEvents(final Context ctx, final String queryJson, final String pageSize,
            final String bookmark) {
        return read(ctx, (cases, submission) -> EpcisQueryJson.encodeEpcisPage(
                cases.epcisQueries().query(EpcisQuery.of(EpcisQueryJson.decodeEpcisQuery(queryJson)), pageSize, bookmark)));
    }

    /** The captured EPCIS events linked to a batch, in time order. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetEpcisEventsOfBatch(final Context ctx, final String batchId) {
        return read(ctx, (cases, submission) -> EpcisQueryJson.encodeEpcisEventsOfBatch(new BatchId(batchId),
                cases.epcisQueries().eventsOfBatch(batchId)));
    }

    /** Measurement only: writes one small value under {@code benchmark}+key; answers nothing. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String BenchmarkFloor(final Context ctx, final String key) {
        return respond(() -> {
            benchmarkFloor.write(new FabricBenchmarkLedger(ctx.getStub()), submission(ctx), key);
            return NOTHING;
        });
    }

    /**
     * The bulk floor ({@link BenchmarkFloor#writeMany}): creates {@code count} one-byte keys {@code prefix-0} to
     * {@code prefix-(count-1)}, each read first; refused unless the server runs in benchmark mode.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String BenchmarkBulkFloor(final Context ctx, final String prefix, final String count) {
        return respond(() -> {
            benchmarkFloor.writeMany(new FabricBenchmarkLedger(ctx.getStub()), submission(ctx), prefix, count);
            return NOTHING;
        });
    }

    /**
     * The one shape of every transaction: a use case over the transaction's world state ({@link UseCases}) and its
     * submission (the caller's MSP ID, subject and role from its certificate, the transaction id and timestamp from
     * the proposal), answering canonical JSON. The ledger adapters write and emit the chaincode event as the use case
     * goes.
     */
    @FunctionalInterface
    private interface UseCase {
        byte[] run(UseCases cases, Submission submission);
    }

    /** The unit's use case when {@code id} is an SSCC (18 digits), else the batch's. */
    private static UseCase unitOrBatch(String id, UseCase unit, UseCase batch) {
        return Sscc.hasForm(id) ? unit : batch;
    }

    /**
     * Runs a write if the caller's role allows the transaction ({@link WriteTransaction}: the role each write needs;
     * before anything else, so that a caller without it is refused with nothing written), and if its request id (the
     * transient entry {@value #REQUEST_ID_ENTRY}, if the client sent one) derives its transaction id, which makes it
     * once per request id ({@link DerivedTransactionId}).
     */
    private String write(Context ctx, WriteTransaction transaction, UseCase write) {
        ChaincodeStub stub = ctx.getStub();
        return read(ctx, (cases, submission) -> {
            transaction.permit(submission);
            DerivedTransactionId.require(requestId(stub), transientText(stub, GENERATION_ENTRY),
                    submission.txId(), stub.getCreator());
            return write.run(cases, submission);
        });
    }

    /**
     * A write that needs no request record: the role is checked, nothing else is added. For writes to a private data
     * collection only, and for a member's approval (an organisation approves once: {@code ALREADY_APPROVED}).
     */
    private String unrecordedWrite(Context ctx, WriteTransaction transaction, UseCase write) {
        return read(ctx, (cases, submission) -> {
            transaction.permit(submission);
            return write.run(cases, submission);
        });
    }

    private static byte[] transientEntry(ChaincodeStub stub, String entry) {
        Map<String, byte[]> transientMap = stub.getTransient();
        byte[] value = transientMap == null ? null : transientMap.get(entry);
        if (value == null) {
            throw Refusal.invalidInput("the proposal carries no transient entry " + entry);
        }
        return value;
    }

    private static Optional<RequestId> requestId(ChaincodeStub stub) {
        String id = transientText(stub, REQUEST_ID_ENTRY);
        return id == null ? Optional.empty() : Optional.of(new RequestId(id));
    }

    /** A transient entry as UTF-8 text, or null when the proposal has none. */
    private static String transientText(ChaincodeStub stub, String entry) {
        Map<String, byte[]> transientMap = stub.getTransient();
        byte[] value = transientMap == null ? null : transientMap.get(entry);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** Runs a use case and answers its JSON; a refusal becomes the {@link ChaincodeException} clients see. */
    private String read(Context ctx, UseCase useCase) {
        return respond(() -> useCase.run(new UseCases(ctx.getStub(), HASH_CHAIN), submission(ctx)));
    }

    /**
     * The transaction as the domain sees it: from the caller's certificate its MSP ID, its subject (RFC 2253) and its
     * {@value Role#ATTRIBUTE} attribute (null when it has none), from the proposal the transaction id and timestamp.
     */
    private static Submission submission(Context ctx) {
        ChaincodeStub stub = ctx.getStub();
        ClientIdentity caller = ctx.getClientIdentity();
        return new Submission(caller.getMSPID(), stub.getTxId(), stub.getTxTimestamp(), subjectOf(caller),
                caller.getAttributeValue(Role.ATTRIBUTE));
    }

    /**
     * The subject of the caller's certificate as RFC 2253 writes it ({@code CN=User1,OU=client,O=anchor}): one string
     * for one certificate on every peer, so that the events that carry it hash alike.
     */
    private static String subjectOf(ClientIdentity caller) {
        X509Certificate certificate = caller.getX509Certificate();
        return certificate == null ? null : certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    /** Whether the caller's certificate carries the NodeOU role admin: an OU {@value #ADMIN_OU} in its subject. */
    private static boolean isAdmin(ClientIdentity caller) {
        String subject = subjectOf(caller);
        if (subject == null) {
            return false;
        }
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("OU".equalsIgnoreCase(rdn.getType()) && ADMIN_OU.equals(String.valueOf(rdn.getValue()))) {
                    return true;
                }
            }
        } catch (InvalidNameException unreadable) {
            return false;
        }
        return false;
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
