package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.Receipt;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.ProductionsReceipt;
import dev.anchor.model.custody.ProductionEntry;
import dev.anchor.model.custody.ProductionsRecorded;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.client.custody.UnitReceipt;
import dev.anchor.client.terms.HandoffWithTerms;
import dev.anchor.client.terms.PartyTerms;
import dev.anchor.client.terms.TermsDeclaration;
import dev.anchor.client.terms.TermsDisclosure;
import dev.anchor.client.epcis.CapturedEpcisEvent;
import dev.anchor.client.epcis.CommittedEpcisBlocks;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.epcis.EpcisCaptureAnswer;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisCaptureRun;
import dev.anchor.client.epcis.EpcisDocuments;
import dev.anchor.client.epcis.EpcisExport;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.client.events.EventCheckpoint;
import dev.anchor.model.evidence.Evidence;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.RecallReport;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.client.lineage.TransformationRecord;
import dev.anchor.client.proof.ProofCollector;
import dev.anchor.client.proof.ProvenanceProof;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
import dev.anchor.client.wire.AnchorJson;
import org.hyperledger.fabric.client.ChaincodeEventsRequest;
import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/** {@link AnchorClient} on a fabric-gateway {@link Contract}. */
final class GatewayAnchorClient implements AnchorClient {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayAnchorClient.class);
    /** The form of an SSCC: the chaincode takes an 18-digit id in the handoff transactions as a unit. */
    private static final Pattern SSCC_FORM = Pattern.compile("[0-9]{18}");

    private final Contract contract;
    private final Network network;
    private final Organization organization;
    private final String peer;
    private final AutoCloseable resources;
    private final Contract qscc;
    private final String channel;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final IdempotentWriter writer;
    /** The request id every write of this client carries, or null: a new one per write. */
    private final String boundRequestId;
    /** The EPCIS server whose query store answers EPCIS queries, or null: the ledger answers. */
    private final EpcisServerQueries readSide;

    /**
     * A client with the default retry policy.
     *
     * @param contract     the chaincode
     * @param organization whose identity the gateway signs with
     * @param peer         the peer endpoint, for messages
     * @param resources    closed by {@link #close()} (gateway and channel)
     */
    GatewayAnchorClient(Contract contract, Organization organization, String peer, AutoCloseable resources) {
        this(contract, null, NO_WRITES, organization, peer, resources, RetryPolicy.DEFAULT, SubmitListener.NONE,
                GatewayAnchorClient::sleep);
    }

    /**
     * @param network  the channel, for chaincode events and for {@link #proveProvenance} (qscc); null when neither
     *                 is needed (tests)
     * @param requests the writes' proposals and the ledger's transactions ({@link GatewayRequestTransactions})
     * @param policy   how writes are retried
     * @param listener hears retries and duplicates
     * @param pause    waits between attempts
     */
    GatewayAnchorClient(Contract contract, Network network, RequestTransactions requests, Organization organization,
                        String peer, AutoCloseable resources, RetryPolicy policy, SubmitListener listener,
                        IdempotentWriter.Pause pause) {
        this(contract, network, organization, peer, resources, new IdempotentWriter(requests, peer, policy, listener,
                pause, () -> ThreadLocalRandom.current().nextDouble()), null, null);
    }

    /** For a client that only reads (tests): every write fails. */
    private static final RequestTransactions NO_WRITES = new RequestTransactions() {
        @Override
        public org.hyperledger.fabric.client.Proposal propose(String function, String requestId, int generation,
                                                              String... args) {
            throw new IllegalStateException("this client was made for reads only");
        }

        @Override
        public Optional<CommittedTransaction> committed(String transactionId) {
            return Optional.empty();
        }
    };

    private GatewayAnchorClient(Contract contract, Network network, Organization organization, String peer,
                                AutoCloseable resources, IdempotentWriter writer, String boundRequestId,
                                EpcisServerQueries readSide) {
        this.writer = writer;
        this.boundRequestId = boundRequestId;
        this.readSide = readSide;
        this.network = network;
        this.qscc = network == null ? null : network.getContract("qscc");
        this.channel = network == null ? null : network.getName();
        this.contract = Objects.requireNonNull(contract, "contract");
        this.organization = Objects.requireNonNull(organization, "organization");
        this.peer = Objects.requireNonNull(peer, "peer");
        this.resources = resources;
    }

    @Override
    public Organization organization() {
        return organization;
    }

    @Override
    public AnchorClient withRequestId(String requestId) {
        return new GatewayAnchorClient(contract, network, organization, peer, null, writer,
                IdempotentWriter.checkedRequestId(requestId), readSide);
    }

    /**
     * This client with EPCIS queries answered by an EPCIS server's query store (the ledger while it cannot be
     * reached); it takes over this client's connection: close the returned one.
     */
    GatewayAnchorClient answeringEpcisQueriesFrom(EpcisServerQueries server) {
        return new GatewayAnchorClient(contract, network, organization, peer, resources, writer, boundRequestId,
                Objects.requireNonNull(server, "server"));
    }

    @Override
    public Receipt recordProduction(ProductionRecord record) {
        Objects.requireNonNull(record, "record");
        return submit("RecordProduction", record.batchId(), record.gtin(), record.productName(),
                record.quantity().toPlainString(), record.unit(), record.site());
    }

    @Override
    public ProductionsReceipt recordProductions(List<ProductionRecord> records) {
        Objects.requireNonNull(records, "records");
        List<ProductionEntry> entries = records.stream().map(r -> new ProductionEntry(r.batchId(), r.gtin(),
                r.productName(), r.quantity().toPlainString(), r.site(), r.unit())).toList();
        try {
            return submit(answer -> AnchorJson.read(answer, ProductionsRecorded.class, "the answer of RecordProductions"),
                    (transactionId, recorded) -> new ProductionsReceipt(transactionId, recorded.recorded()),
                    "RecordProductions", new String(CanonicalForm.write(entries), StandardCharsets.UTF_8));
        } catch (TransactionRefusedException e) {
            if (e.errorCode() != ErrorCode.BATCHES_REFUSED) {
                throw e;
            }
            throw RefusedBatches.of(e, records);
        }
    }

    @Override
    public Receipt initiateHandoff(String batchId, Organization to) {
        Objects.requireNonNull(to, "to");
        return submit("InitiateHandoff", batch(batchId, "initiateUnitHandoff"), to.mspId());
    }

    @Override
    public HandoffWithTerms initiateHandoff(String batchId, Organization to, JsonNode terms) {
        Objects.requireNonNull(to, "to");
        TermsDisclosure copy = TermsDisclosure.draft(batch(batchId, "initiateUnitHandoff"), organization, to, terms);
        Receipt handoff = submit("InitiateHandoffWithTerms", batchId, to.mspId(), copy.sha256());
        return new HandoffWithTerms(handoff, copy, terms().attach(copy));
    }

    @Override
    public List<PartyTerms> handoffTerms(String batchId) {
        return terms().show(Objects.requireNonNull(batchId, "batchId"));
    }

    @Override
    public List<TermsDeclaration> termsDeclarations(String batchId) {
        return terms().declarations(Objects.requireNonNull(batchId, "batchId"));
    }

    @Override
    public List<TermsDeclaration> purgeTerms(String batchId) {
        return terms().purge(Objects.requireNonNull(batchId, "batchId"));
    }

    private GatewayTerms terms() {
        return new GatewayTerms(contract, organization, peer);
    }

    @Override
    public Receipt acceptHandoff(String batchId) {
        return submit("AcceptHandoff", batch(batchId, "acceptUnitHandoff"));
    }

    @Override
    public Receipt rejectHandoff(String batchId, String reason) {
        return submit("RejectHandoff", batch(batchId, "rejectUnitHandoff"), Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public UnitReceipt packUnit(String sscc, List<String> batchIds) {
        Objects.requireNonNull(batchIds, "batchIds");
        return submitUnit("PackUnit", Objects.requireNonNull(sscc, "sscc"), String.join(",", batchIds));
    }

    @Override
    public UnitReceipt unpackUnit(String sscc) {
        return submitUnit("UnpackUnit", Objects.requireNonNull(sscc, "sscc"));
    }

    @Override
    public UnitReceipt initiateUnitHandoff(String sscc, Organization to) {
        Objects.requireNonNull(to, "to");
        return submitUnit("InitiateHandoff", unit(sscc), to.mspId());
    }

    @Override
    public UnitReceipt acceptUnitHandoff(String sscc) {
        return submitUnit("AcceptHandoff", unit(sscc));
    }

    @Override
    public UnitReceipt rejectUnitHandoff(String sscc, String reason) {
        return submitUnit("RejectHandoff", unit(sscc), Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public Page<Holding> inventory(int pageSize, String bookmark) {
        return HoldingsPage.read(evaluate("GetInventory", Integer.toString(pageSize), bookmark == null ? "" : bookmark));
    }

    @Override
    public Page<Holding> inbox(int pageSize, String bookmark) {
        return HoldingsPage.read(evaluate("GetInbox", Integer.toString(pageSize), bookmark == null ? "" : bookmark));
    }

    @Override
    public EpcisQueryPage queryEpcis(EpcisQuery query, int pageSize, String bookmark) {
        Objects.requireNonNull(query, "query");
        if (readSide != null) {
            Optional<EpcisQueryPage> page = readSide.query(query, pageSize, bookmark);
            if (page.isPresent()) {
                return page.get();
            }
        }
        JsonNode answer = AnchorJson.parseObject(evaluate("QueryEpcisEvents", query.toJson(), Integer.toString(pageSize),
                bookmark == null ? "" : bookmark), "the EPCIS query's answer");
        return new EpcisQueryPage(EpcisDocuments.queryDocument(EpcisDocuments.records(answer), Instant.now()),
                Optional.ofNullable(AnchorJson.text(answer, "bookmark")));
    }

    @Override
    public ObjectNode exportEpcis(String batchId) {
        Batch batch = getBatch(Objects.requireNonNull(batchId, "batchId"));
        Provenance provenance = getProvenance(batchId);
        Map<String, Batch> read = new HashMap<>();
        read.put(batchId, batch);
        return EpcisExport.document(batch, provenance, capturedRecords(batchId),
                id -> read.computeIfAbsent(id, this::getBatch), Instant.now());
    }

    @Override
    public List<CapturedEpcisEvent> epcisEventsOfBatch(String batchId) {
        return capturedRecords(Objects.requireNonNull(batchId, "batchId")).stream()
                .map(CapturedEpcisEvent::fromRecord).toList();
    }

    /** The records of the captured events linked to the batch (GetEpcisEventsOfBatch), in time order. */
    private List<JsonNode> capturedRecords(String batchId) {
        return EpcisDocuments.records(AnchorJson.parseObject(evaluate("GetEpcisEventsOfBatch", batchId),
                "the EPCIS events of the batch"));
    }

    @Override
    public LogisticUnit getUnit(String sscc) {
        return LogisticUnit.fromJson(evaluate("GetUnit", Objects.requireNonNull(sscc, "sscc")));
    }

    @Override
    public AnchorEventStream watchEvents(OptionalLong fromBlock, EventCheckpoint checkpoint) {
        Objects.requireNonNull(fromBlock, "fromBlock");
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (network == null) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "this client was made without its channel");
        }
        ChaincodeEventsRequest.Builder request = network.newChaincodeEventsRequest(contract.getChaincodeName())
                .checkpoint(new Checkpoint() {
                    @Override
                    public OptionalLong getBlockNumber() {
                        return checkpoint.blockNumber();
                    }

                    @Override
                    public Optional<String> getTransactionId() {
                        return checkpoint.transactionId();
                    }
                });
        fromBlock.ifPresent(request::startBlock);
        LOG.debug("following chaincode events as {} from {}", organization.mspId(), checkpoint.blockNumber().isPresent()
                ? "the checkpoint" : fromBlock.isPresent() ? "block " + fromBlock.getAsLong() : "the next block");
        try {
            return new GatewayEventStream(request.build().getEvents(), peer);
        } catch (GatewayRuntimeException | io.grpc.StatusRuntimeException e) {
            throw GatewayErrors.translate(e, "ChaincodeEvents", null, peer);
        }
    }

    @Override
    public CommittedEpcisBlocks followEpcisBlocks(long fromBlock) {
        if (fromBlock < 0) {
            throw new AnchorException(ErrorCode.INVALID_INPUT, "a block number is 0 or more, not " + fromBlock);
        }
        if (network == null) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "this client was made without its channel");
        }
        LOG.debug("following the committed blocks as {} from block {}", organization.mspId(), fromBlock);
        try {
            return new GatewayEpcisBlocks(network.newBlockEventsRequest().startBlock(fromBlock).build().getEvents(),
                    contract.getChaincodeName(), peer);
        } catch (GatewayRuntimeException | io.grpc.StatusRuntimeException e) {
            throw GatewayErrors.translate(e, "BlockEvents", null, peer);
        }
    }

    /** A batch id; an SSCC here would name a unit, whose answer is not a batch. */
    private static String batch(String batchId, String unitMethod) {
        Objects.requireNonNull(batchId, "batchId");
        if (SSCC_FORM.matcher(batchId).matches()) {
            throw new AnchorException(ErrorCode.INVALID_INPUT, batchId + " is an SSCC (18 digits), which names a "
                    + "logistic unit, not a batch: use " + unitMethod);
        }
        return batchId;
    }

    /** An SSCC; anything else would name a batch, whose answer is not a unit. */
    private static String unit(String sscc) {
        Objects.requireNonNull(sscc, "sscc");
        if (!SSCC_FORM.matcher(sscc).matches()) {
            throw new AnchorException(ErrorCode.INVALID_SSCC, "an SSCC is exactly 18 digits, not '" + sscc + "'");
        }
        return sscc;
    }

    @Override
    public Receipt transform(TransformationRecord transformation) {
        Objects.requireNonNull(transformation, "transformation");
        ProductionRecord output = transformation.output();
        return submit("TransformBatches", consumptions(transformation.inputs()), output.batchId(),
                output.gtin(), output.productName(), output.quantity().toPlainString(), output.unit(), output.site());
    }

    @Override
    public Receipt recall(String batchId, String reason) {
        return submit("RecallBatch", Objects.requireNonNull(batchId, "batchId"), Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public Receipt acknowledgeRecall(String batchId) {
        return submit("AcknowledgeRecall", Objects.requireNonNull(batchId, "batchId"));
    }

    @Override
    public Receipt attachEvidence(EvidenceRecord evidence) {
        Objects.requireNonNull(evidence, "evidence");
        return submit("AttachEvidence", evidence.batchId(), evidence.sha256(), evidence.mediaType(),
                Long.toString(evidence.size()), evidence.uri().orElse(""));
    }

    @Override
    public EpcisCaptureReport captureEpcis(JsonNode document, int eventsPerTransaction, int transactionsInFlight,
                                           Consumer<EpcisCaptureReport> progress) {
        return new EpcisCaptureRun(argument -> submit(json -> json, EpcisCaptureAnswer::fromJson,
                "CaptureEpcisEvents", argument)).capture(document, eventsPerTransaction, transactionsInFlight, progress);
    }

    @Override
    public TraceGraph traceBack(String batchId) {
        return TraceGraph.fromJson(evaluate("TraceBack", Objects.requireNonNull(batchId, "batchId")));
    }

    @Override
    public TraceGraph traceForward(String batchId) {
        return TraceGraph.fromJson(evaluate("TraceForward", Objects.requireNonNull(batchId, "batchId")));
    }

    @Override
    public RecallReport recallReport(String batchId) {
        return RecallReport.fromJson(evaluate("GetRecallReport", Objects.requireNonNull(batchId, "batchId")));
    }

    @Override
    public Optional<Evidence> findEvidence(String batchId, String sha256) {
        try {
            return Optional.of(AnchorJson.read(evaluate("GetEvidence", Objects.requireNonNull(batchId, "batchId"),
                    Objects.requireNonNull(sha256, "sha256")), Evidence.class, "the evidence"));
        } catch (TransactionRefusedException e) {
            if (e.errorCode() == ErrorCode.EVIDENCE_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Batch getBatch(String batchId) {
        return Batch.fromJson(evaluate("GetBatch", Objects.requireNonNull(batchId, "batchId")));
    }

    @Override
    public Provenance getProvenance(String batchId) {
        return Provenance.fromJson(evaluate("GetProvenance", Objects.requireNonNull(batchId, "batchId")));
    }

    @Override
    public ProvenanceProof proveProvenance(String batchId) {
        if (qscc == null) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "this client has no access to qscc to prove with");
        }
        String provenance = evaluate("GetProvenance", Objects.requireNonNull(batchId, "batchId"));
        return new ProofCollector((function, args) -> evaluate(qscc, function, args), channel,
                contract.getChaincodeName()).collect(batchId, provenance);
    }

    @Override
    public List<CommittedEpcisEvent> epcisEventsOfTransaction(String transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        if (qscc == null) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "this client has no access to qscc to read blocks with");
        }
        Block block;
        try {
            block = Block.parseFrom(evaluate(qscc, "GetBlockByTxID", channel, transactionId));
        } catch (InvalidProtocolBufferException e) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "the peer's qscc answered no block for transaction "
                    + transactionId + ": " + e.getMessage(), transactionId, e);
        }
        return EpcisBlockReader.read(block, contract.getChaincodeName()).events().stream()
                .filter(e -> e.transactionId().equals(transactionId)).toList();
    }

    private String evaluate(String function, String... args) {
        return new String(evaluate(contract, function, args), StandardCharsets.UTF_8);
    }

    private byte[] evaluate(Contract target, String function, String... args) {
        LOG.debug("evaluating {} on {} as {}", function, target.getChaincodeName(), organization.mspId());
        try {
            return target.evaluateTransaction(function, args);
        } catch (GatewayException | GatewayRuntimeException e) {
            throw GatewayErrors.translate(e, function, null, peer);
        } catch (io.grpc.StatusRuntimeException e) {
            throw GatewayErrors.translate(e, function, null, peer);
        }
    }

    /**
     * One write, exactly once: see {@link IdempotentWriter}. Every failure after the first proposal carries the
     * last attempt's transaction id.
     */
    private Receipt submit(String function, String... args) {
        return submit(Batch::fromJson, Receipt::new, function, args);
    }

    private UnitReceipt submitUnit(String function, String... args) {
        return submit(LogisticUnit::fromJson, UnitReceipt::new, function, args);
    }

    private <T, R> R submit(Function<String, T> answer, BiFunction<String, T, R> receipt, String function,
                            String... args) {
        String requestId = boundRequestId != null ? boundRequestId : UUID.randomUUID().toString();
        IdempotentWriter.Committed committed = writer.write(function, requestId, boundRequestId != null, args);
        T written;
        try {
            written = answer.apply(committed.result());
        } catch (AnchorException e) {
            throw new AnchorException(ErrorCode.UNEXPECTED, function + " committed but its answer is unreadable: "
                    + e.getMessage(), committed.transactionId(), e);
        }
        return receipt.apply(committed.transactionId(), written);
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                LOG.debug("closing the connection to {} failed", peer, e);
            }
        }
    }

    @Override
    public String toString() {
        return "AnchorClient[" + organization.mspId() + " @ " + peer + "]";
    }

    /** The {@code inputs} argument of TransformBatches: {@code [{"batchId":…,"quantity":"600"},…]}, quantities exact. */
    private static String consumptions(List<Consumption> inputs) {
        com.fasterxml.jackson.databind.node.ArrayNode array = AnchorJson.MAPPER.createArrayNode();
        for (Consumption input : inputs) {
            array.addObject().put("batchId", input.batchId()).put("quantity", AnchorJson.plain(input.quantity()));
        }
        return AnchorJson.canonical(array, null);
    }
}
