package dev.anchor.benchmark;

import dev.anchor.client.Organization;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.List;

/**
 * The floor round: {@code BenchmarkFloor(key)} with a new key each time, endorsed, ordered and committed like
 * every other write ({@code newProposal().build().endorse().submitAsync().getStatus()}, the SDK's own sequence),
 * as the manufacturer. It needs the chaincode servers in benchmark mode.
 */
final class FloorWorkload implements Workload {
    static final String FUNCTION = "BenchmarkFloor";

    private final FloorGateway gateway;
    private final RunIds ids;

    FloorWorkload(FloorGateway gateway, RunIds ids) {
        this.gateway = gateway;
        this.ids = ids;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.FLOOR;
    }

    /** Sends one floor transaction, so a network without the benchmark mode fails here, with a clear message. */
    @Override
    public List<String> prepare(int workers) {
        try {
            write(ids.id('F', 0, -1));
        } catch (Exception e) {
            String code = FailureCodes.of(e);
            if (ErrorCode.BENCHMARK_DISABLED.name().equals(code)) {
                throw new BenchmarkException("the chaincode servers refuse the floor transaction (BENCHMARK_DISABLED): "
                        + "start them with ANCHOR_BENCHMARK=enabled network-config/network.sh up, or use benchmark/run.sh");
            }
            throw new BenchmarkException("the first floor transaction failed with " + code + ": " + e.getMessage(), e);
        }
        return List.of("floor transactions are sent as " + Organization.MANUFACTURER.mspId());
    }

    @Override
    public Operation operation(int worker) {
        return sequence -> write(ids.id('F', worker, sequence));
    }

    private void write(String key) throws Exception {
        gateway.submit(FUNCTION, key);
    }
}
