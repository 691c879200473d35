package dev.anchor.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.chaincode.domain.benchmark.BenchmarkMode;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.model.request.RequestNonce;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.junit.jupiter.api.function.Executable;

/**
 * A peer for one chaincode, made of Mockito mocks over an in-memory world state: getState, putState
 * and partial composite key ranges behave like the ledger, chaincode events are recorded, and each
 * {@link #as(String)} starts a new transaction with its own tx id and timestamp.
 */
final class SimulatedPeer {

    static final String MANUFACTURER = "ManufacturerMSP";
    static final String DISTRIBUTOR = "DistributorMSP";
    static final String RETAILER = "RetailerMSP";
    static final String AUDITOR = "AuditorMSP";

    /** The certificate attribute that carries a user's role, and its values. */
    static final String ROLE_ATTRIBUTE = "anchor.role";
    static final String OPERATOR = "operator";
    static final String QUALITY = "quality";
    static final String AUDITOR_ROLE = "auditor";
    static final String ADMIN = "admin";

    static final Instant FIRST_TX_TIME = Instant.parse("2026-11-25T15:01:58.020Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChaincodeStub stub = mock(ChaincodeStub.class);
    final ClientIdentity identity = mock(ClientIdentity.class);
    final Context ctx = mock(Context.class);
    final AnchorContract contract;

    /** World state, ordered like the ledger orders keys. */
    final TreeMap<String, byte[]> state = new TreeMap<>();
    /** Private data, under collection + "/" + key. */
    final TreeMap<String, byte[]> privateState = new TreeMap<>();
    final List<EmittedEvent> emitted = new ArrayList<>();
    final List<String> rangeStarts = new ArrayList<>();
    int openRanges;

    private int txNumber;
    private String callerMspId;
    private String callerRole;
    private String callerSubject;
    /** The caller's certificate; only its subject matters to the chaincode, and it answers the current caller's. */
    private final X509Certificate certificate = mock(X509Certificate.class);
    /** The transient map and the arguments (function first) of the current proposal. */
    private Map<String, byte[]> transientMap = Map.of();
    private List<byte[]> proposalArgs = List.of();
    /** The current proposal's transaction id when a request id derived it, else null (a numbered one). */
    private String derivedTxId;

    record EmittedEvent(String name, byte[] payload) {
    }

    /** A peer whose chaincode server runs without the benchmark floor, as in production. */
    SimulatedPeer() {
        this(BenchmarkMode.DISABLED);
    }

    SimulatedPeer(BenchmarkMode benchmarkMode) {
        contract = new AnchorContract(benchmarkMode);
        when(ctx.getStub()).thenReturn(stub);
        when(ctx.getClientIdentity()).thenReturn(identity);
        when(stub.getState(anyString())).thenAnswer(call -> copy(state.get(call.<String>getArgument(0))));
        doAnswer(call -> {
            state.put(call.getArgument(0), copy(call.<byte[]>getArgument(1)));
            return null;
        }).when(stub).putState(anyString(), any());
        doAnswer(call -> {
            state.remove(call.<String>getArgument(0));
            return null;
        }).when(stub).delState(anyString());
        doAnswer(call -> {
            emitted.add(new EmittedEvent(call.getArgument(0), copy(call.<byte[]>getArgument(1))));
            return null;
        }).when(stub).setEvent(anyString(), any());
        when(stub.getStateByPartialCompositeKey(any(CompositeKey.class)))
                .thenAnswer(call -> range(call.<CompositeKey>getArgument(0).toString()));
        when(stub.getStateByPartialCompositeKeyWithPagination(any(CompositeKey.class), anyInt(), anyString()))
                .thenAnswer(call -> page(call.<CompositeKey>getArgument(0).toString(), call.<Integer>getArgument(1),
                        call.<String>getArgument(2)));
        // Stubbed once, answering from fields: stubbing again for every transaction would make Mockito keep
        // every stubbing, and a long run of transactions (the fuzz test) slow down quadratically.
        when(identity.getMSPID()).thenAnswer(call -> callerMspId);
        when(identity.getAttributeValue(anyString())).thenAnswer(call ->
                ROLE_ATTRIBUTE.equals(call.getArgument(0)) ? callerRole : null);
        when(identity.getX509Certificate()).thenReturn(certificate);
        when(certificate.getSubjectX500Principal()).thenAnswer(call -> new X500Principal(callerSubject));
        when(stub.getTxId()).thenAnswer(call -> txId());
        when(stub.getCreator()).thenAnswer(call -> creator());
        when(stub.getTxTimestamp()).thenAnswer(call -> txTime());
        when(stub.getTransient()).thenAnswer(call -> transientMap);
        doAnswer(call -> {
            privateState.put(call.getArgument(0) + "/" + call.getArgument(1), copy(call.<byte[]>getArgument(2)));
            return null;
        }).when(stub).putPrivateData(anyString(), anyString(), any(byte[].class));
        when(stub.getPrivateData(anyString(), anyString()))
                .thenAnswer(call -> privateState.get(call.getArgument(0) + "/" + call.getArgument(1)));
        doAnswer(call -> {
            privateState.remove(call.getArgument(0) + "/" + call.getArgument(1));
            return null;
        }).when(stub).purgePrivateData(anyString(), anyString());
        when(stub.getArgs()).thenAnswer(call -> proposalArgs);
        when(stub.getFunction()).thenAnswer(call -> proposalArgs.isEmpty()
                ? null : new String(proposalArgs.get(0), StandardCharsets.UTF_8));
        as(MANUFACTURER);
    }

    /**
     * Starts a new transaction submitted by the given MSP's default user, whose certificate carries role
     * {@value #QUALITY} (which may do every write): new tx id, timestamp 1.5 s later.
     */
    SimulatedPeer as(String mspId) {
        return as(mspId, QUALITY);
    }

    /**
     * Starts a new transaction submitted by a user of the MSP whose certificate carries {@code role} (null: none); an
     * admin's certificate has the NodeOU role admin ({@link #adminSubject}), every other one the role client.
     */
    SimulatedPeer as(String mspId, String role) {
        return as(mspId, role, ADMIN.equals(role) ? adminSubject(mspId) : defaultSubject(mspId));
    }

    /** Starts a new transaction submitted by a user of the MSP with the given role and certificate subject. */
    SimulatedPeer as(String mspId, String role, String subject) {
        txNumber++;
        callerMspId = mspId;
        callerRole = role;
        callerSubject = subject;
        transientMap = Map.of();
        proposalArgs = List.of();
        derivedTxId = null;
        return this;
    }

    /** Gives the current proposal one transient entry (call the transaction next). */
    SimulatedPeer withTransient(String entry, byte[] value) {
        transientMap = Map.of(entry, value.clone());
        return this;
    }

    /**
     * Gives the current proposal a request id in its transient map, and the function and arguments it carries
     * (what the contract fingerprints); call the same function with the same arguments next.
     */
    SimulatedPeer withRequest(String requestId, String function, String... arguments) {
        transientMap = Map.of(AnchorContract.REQUEST_ID_ENTRY, requestId.getBytes(StandardCharsets.UTF_8));
        derivedTxId = RequestNonce.REQUEST_ID_FORM.matcher(requestId).matches() ? derivedTxId(requestId, 0) : null;
        List<byte[]> args = new ArrayList<>();
        args.add(function.getBytes(StandardCharsets.UTF_8));
        for (String argument : arguments) {
            args.add(argument.getBytes(StandardCharsets.UTF_8));
        }
        proposalArgs = List.copyOf(args);
        return this;
    }

    /** The subject of an organisation's User1 certificate, e.g. {@code CN=User1,OU=client,O=manufacturer.anchor.local}. */
    static String defaultSubject(String mspId) {
        return mspId == null ? "CN=User1" : "CN=User1,OU=client,O=" + mspId.replace("MSP", "").toLowerCase(Locale.ROOT) + ".anchor.local";
    }

    /** The subject of an organisation's admin certificate, e.g. {@code CN=Admin@manufacturer.anchor.local,OU=admin,…}. */
    static String adminSubject(String mspId) {
        String domain = mspId.replace("MSP", "").toLowerCase(Locale.ROOT) + ".anchor.local";
        return "CN=Admin@" + domain + ",OU=admin,O=" + domain;
    }

    String txId() {
        return derivedTxId != null ? derivedTxId : "tx" + String.format("%04d", txNumber);
    }

    /** The current caller's serialized identity as the proposal carries it (here: its MSP ID and subject). */
    byte[] creator() {
        return (callerMspId + "\n" + callerSubject).getBytes(StandardCharsets.UTF_8);
    }

    /** Fabric's transaction id of a proposal of the current caller with the nonce of the request id's generation. */
    String derivedTxId(String requestId, int generation) {
        byte[] nonce = RequestNonce.of(requestId, generation);
        byte[] creator = creator();
        byte[] both = Arrays.copyOf(nonce, nonce.length + creator.length);
        System.arraycopy(creator, 0, both, nonce.length, creator.length);
        return Sha256.of(both).value();
    }

    /** Gives the current proposal a request id and a generation entry, and the transaction id they derive if any. */
    SimulatedPeer withRequestGeneration(String requestId, String generation) {
        transientMap = Map.of(AnchorContract.REQUEST_ID_ENTRY, requestId.getBytes(StandardCharsets.UTF_8),
                AnchorContract.GENERATION_ENTRY, generation.getBytes(StandardCharsets.UTF_8));
        derivedTxId = generation.matches("[1-9][0-9]{0,2}") ? derivedTxId(requestId, Integer.parseInt(generation)) : null;
        return this;
    }

    /** Sets the current proposal's transaction id (as a client that derived it, or one that did not). */
    SimulatedPeer withTxId(String txId) {
        derivedTxId = txId;
        return this;
    }

    Instant txTime() {
        return FIRST_TX_TIME.plus(Duration.ofMillis(1500L * (txNumber - 1)));
    }

    /** Records a pear batch as the manufacturer. */
    JsonNode produce(String batchId) {
        as(MANUFACTURER);
        return json(contract.RecordProduction(ctx, batchId, "09506000134352", "Conference pears", "1200", "kg",
                "Orchard Lane"));
    }

    /** The inputs argument of TransformBatches: {@code "PEAR-1:600", "PEAR-2:400"} as a JSON array. */
    static String inputs(String... idAndQuantity) {
        StringBuilder json = new StringBuilder("[");
        for (String pair : idAndQuantity) {
            String[] parts = pair.split(":");
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"batchId\":\"").append(parts[0]).append("\",\"quantity\":\"").append(parts[1]).append("\"}");
        }
        return json.append(']').toString();
    }

    /** The manufacturer makes 500 l of pear juice {@code outputId} from the inputs ({@code "PEAR-1:600", …}). */
    JsonNode transform(String outputId, String... idAndQuantity) {
        as(MANUFACTURER);
        return json(contract.TransformBatches(ctx, inputs(idAndQuantity), outputId, "09506000134369", "Pear juice",
                "500", "l", "Press house"));
    }

    JsonNode recall(String by, String batchId, String reason) {
        return json(as(by).contract.RecallBatch(ctx, batchId, reason));
    }

    JsonNode initiate(String from, String batchId, String to) {
        return json(as(from).contract.InitiateHandoff(ctx, batchId, to));
    }

    JsonNode accept(String by, String batchId) {
        return json(as(by).contract.AcceptHandoff(ctx, batchId));
    }

    JsonNode reject(String by, String batchId, String reason) {
        return json(as(by).contract.RejectHandoff(ctx, batchId, reason));
    }

    JsonNode batch(String batchId) {
        return json(contract.GetBatch(ctx, batchId));
    }

    JsonNode provenance(String batchId) {
        return json(contract.GetProvenance(ctx, batchId));
    }

    /**
     * Runs a call that must be refused with {@code code}: checks the error message and payload, and
     * that nothing was written, deleted or emitted. Returns the error message.
     */
    String refused(String code, Executable call) {
        Map<String, byte[]> before = snapshot();
        int eventsBefore = emitted.size();
        clearInvocations(stub);

        ChaincodeException error = catchThrowableOfType(ChaincodeException.class, call::execute);

        assertThat(error).as("expected a refusal with %s", code).isNotNull();
        assertThat(error.getMessage()).startsWith(code + ": ");
        assertThat(error.getMessage().substring(code.length() + 2)).isNotBlank()
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("\n");
        assertThat(new String(error.getPayload(), StandardCharsets.UTF_8)).isEqualTo(code);
        verify(stub, never()).putState(anyString(), any());
        verify(stub, never()).delState(anyString());
        verify(stub, never()).setEvent(anyString(), any());
        assertThat(emitted).hasSize(eventsBefore);
        assertThat(sameState(before)).as("world state unchanged").isTrue();
        return error.getMessage();
    }

    Map<String, byte[]> snapshot() {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        state.forEach((key, value) -> copy.put(key, copy(value)));
        return copy;
    }

    private boolean sameState(Map<String, byte[]> before) {
        if (!before.keySet().equals(state.keySet())) {
            return false;
        }
        return before.entrySet().stream().allMatch(entry -> Arrays.equals(entry.getValue(), state.get(entry.getKey())));
    }

    String stateText(String key) {
        byte[] value = state.get(key);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    static String batchKey(String batchId) {
        return "\u0000batch\u0000" + batchId + "\u0000";
    }

    static String inputKey(String output, String input) {
        return "\u0000input\u0000" + output + "\u0000" + input + "\u0000";
    }

    static String outputKey(String input, String output) {
        return "\u0000output\u0000" + input + "\u0000" + output + "\u0000";
    }

    static String benchmarkKey(String key) {
        return "\u0000benchmark\u0000" + key + "\u0000";
    }

    static String eventKey(String batchId, int seq) {
        return "\u0000event\u0000" + batchId + "\u0000" + String.format("%010d", seq) + "\u0000";
    }

    static String requestKey(String mspId, String requestId) {
        return "\u0000request\u0000" + mspId + "\u0000" + requestId + "\u0000";
    }

    static String unitKey(String sscc) {
        return "\u0000unit\u0000" + sscc + "\u0000";
    }

    static String holdingKey(String mspId, String kind, String id) {
        return "\u0000holding\u0000" + mspId + "\u0000" + kind + "\u0000" + id + "\u0000";
    }

    static String inboxKey(String mspId, String kind, String id) {
        return "\u0000inbox\u0000" + mspId + "\u0000" + kind + "\u0000" + id + "\u0000";
    }

    JsonNode pack(String by, String sscc, String batchIds) {
        return json(as(by).contract.PackUnit(ctx, sscc, batchIds));
    }

    JsonNode unpack(String by, String sscc) {
        return json(as(by).contract.UnpackUnit(ctx, sscc));
    }

    JsonNode unit(String sscc) {
        return json(contract.GetUnit(ctx, sscc));
    }

    JsonNode inventory(String as, int pageSize, String bookmark) {
        return json(as(as).contract.GetInventory(ctx, Integer.toString(pageSize), bookmark));
    }

    JsonNode inbox(String as, int pageSize, String bookmark) {
        return json(as(as).contract.GetInbox(ctx, Integer.toString(pageSize), bookmark));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static JsonNode json(byte[] bytes) {
        return json(new String(bytes, StandardCharsets.UTF_8));
    }

    private QueryResultsIterator<KeyValue> range(String startKey) {
        rangeStarts.add(startKey);
        String endKey = startKey + "\udbff\udfff";
        List<KeyValue> results = new ArrayList<>();
        state.subMap(startKey, true, endKey, false)
                .forEach((key, value) -> results.add(new StoredValue(key, copy(value))));
        openRanges++;
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<KeyValue> iterator() {
                return results.iterator();
            }

            @Override
            public void close() {
                openRanges--;
            }
        };
    }

    /** Like Fabric on LevelDB: the bookmark is the key the page starts at; the answer's is the next key, or "". */
    private QueryResultsIteratorWithMetadata<KeyValue> page(String partialKey, int pageSize, String bookmark) {
        rangeStarts.add(partialKey);
        String start = bookmark.isEmpty() ? partialKey : bookmark;
        List<KeyValue> results = new ArrayList<>();
        String next = "";
        for (Map.Entry<String, byte[]> entry : state.subMap(start, true, partialKey + "\udbff\udfff", false).entrySet()) {
            if (results.size() == pageSize) {
                next = entry.getKey();
                break;
            }
            results.add(new StoredValue(entry.getKey(), copy(entry.getValue())));
        }
        QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(results.size()).setBookmark(next).build();
        openRanges++;
        return new QueryResultsIteratorWithMetadata<>() {
            @Override
            public QueryResponseMetadata getMetadata() {
                return metadata;
            }

            @Override
            public Iterator<KeyValue> iterator() {
                return results.iterator();
            }

            @Override
            public void close() {
                openRanges--;
            }
        };
    }

    private record StoredValue(String key, byte[] value) implements KeyValue {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public byte[] getValue() {
            return value;
        }

        @Override
        public String getStringValue() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private static byte[] copy(byte[] bytes) {
        return bytes == null ? null : bytes.clone();
    }
}
