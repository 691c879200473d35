package dev.anchor.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.anchor.model.vocabulary.ErrorCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of every transaction's argument parsing: 100,000 generated calls (any transaction,
 * any caller, arguments that are random Unicode, near-miss numbers and GTINs, real and unknown batch ids and
 * MSP IDs, and oversized text; half of them with a request id in the transient map, some repeating, some
 * malformed) against a peer holding batches in every custody state. Each call must either
 * answer JSON or be refused with {@code CODE: sentence} and the code as payload, writing and emitting nothing;
 * no other exception may escape. New transactions are covered as soon as they exist.
 *
 * <p>The calls come from a seeded generator ({@link FuzzedCall}); a failure names its seed and call, and
 * {@code -Danchor.fuzz.seed=N} replays it. Each run uses a new seed unless one is given.
 */
class ContractInputFuzzTest {

    private static final Pattern CODED = Pattern.compile("([A-Z_]+): (\\S.*)", Pattern.DOTALL);
    private static final Set<String> CODES =
            Arrays.stream(ErrorCode.values()).filter(ErrorCode::isChaincodeRefusal).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final List<Method> TRANSACTIONS = Arrays.stream(AnchorContract.class.getMethods())
            .filter(m -> m.isAnnotationPresent(Transaction.class) && !Modifier.isStatic(m.getModifiers()))
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    private static final List<String> FIXTURE_BATCHES = List.of("PEAR-HELD", "PEAR-PENDING", "PEAR-AT-DISTRIBUTOR");

    private static final int CALLS = 100_000;

    /** A peer with one batch held, one pending handoff, one handed off. */
    private final SimulatedPeer peer = new SimulatedPeer();

    ContractInputFuzzTest() {
        peer.produce("PEAR-HELD");
        peer.produce("PEAR-PENDING");
        peer.initiate(SimulatedPeer.MANUFACTURER, "PEAR-PENDING", SimulatedPeer.DISTRIBUTOR);
        peer.produce("PEAR-AT-DISTRIBUTOR");
        peer.initiate(SimulatedPeer.MANUFACTURER, "PEAR-AT-DISTRIBUTOR", SimulatedPeer.DISTRIBUTOR);
        peer.accept(SimulatedPeer.DISTRIBUTOR, "PEAR-AT-DISTRIBUTOR");
    }

    @Test
    void everyTransactionTakesTheContextAndOnlyStrings() {
        assertThat(TRANSACTIONS).isNotEmpty();
        for (Method transaction : TRANSACTIONS) {
            Class<?>[] types = transaction.getParameterTypes();
            assertThat(types[0]).as(transaction.getName()).isEqualTo(Context.class);
            assertThat(Arrays.asList(types).subList(1, types.length))
                    .as("%s parses its own arguments, so that every bad one gets a coded refusal", transaction.getName())
                    .allMatch(String.class::equals);
            assertThat(transaction.getReturnType()).as(transaction.getName()).isEqualTo(String.class);
        }
    }

    @Test
    void everyCallAnswersOrIsACodedRefusalThatWritesNothing() throws Exception {
        long seed = Long.getLong("anchor.fuzz.seed", new SplittableRandom().nextLong());
        FuzzedCall.Generator generator = new FuzzedCall.Generator(seed, TRANSACTIONS, FIXTURE_BATCHES);
        for (int i = 0; i < CALLS; i++) {
            FuzzedCall call = generator.next();
            try {
                check(call);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("call " + (i + 1) + " of seed " + seed + " (replay with -Danchor.fuzz.seed="
                        + seed + "): " + call + ": " + e.getMessage(), e);
            }
        }
    }

    private void check(FuzzedCall call) throws Exception {
        peer.as(call.caller());
        if (call.requestId() != null) {
            peer.withRequest(call.requestId(), call.transaction().getName(), call.arguments().toArray(String[]::new));
        }
        clearInvocations(peer.stub);
        Object answer;
        try {
            answer = call.transaction().invoke(peer.contract, call.invocationArguments(peer.ctx));
        } catch (InvocationTargetException thrown) {
            Throwable error = thrown.getCause();
            if (!(error instanceof ChaincodeException refusal)) {
                throw new AssertionError("threw an uncoded " + error, error);
            }
            Matcher coded = CODED.matcher(refusal.getMessage());
            assertThat(coded.matches()).as("refusal message %s", refusal.getMessage()).isTrue();
            assertThat(CODES).as("code").contains(coded.group(1));
            assertThat(coded.group(2)).as("message").doesNotContain("Exception", "\n").hasSizeLessThan(1_000);
            assertThat(new String(refusal.getPayload(), StandardCharsets.UTF_8)).isEqualTo(coded.group(1));
            verify(peer.stub, never()).putState(anyString(), any());
            verify(peer.stub, never()).delState(anyString());
            verify(peer.stub, never()).setEvent(anyString(), any());
            return;
        }
        String text = (String) answer;
        if (!text.isEmpty()) {
            SimulatedPeer.json(text);
        } else if (!call.transaction().getName().startsWith("Benchmark")) {
            fail("answered nothing");
        }
    }
}
