package dev.anchor.chaincode.domain.benchmark;

import java.util.Map;

/**
 * Whether this chaincode server accepts the benchmark floor transaction. It is read once, when the
 * contract is created, from the server's environment: {@code ANCHOR_BENCHMARK=enabled} enables it,
 * anything else (or nothing) leaves it disabled. It is configuration of the process, the same for
 * every transaction it endorses, so it does not make endorsements differ.
 */
public enum BenchmarkMode {
    ENABLED,
    DISABLED;

    /** The environment variable that enables the benchmark floor. */
    public static final String VARIABLE = "ANCHOR_BENCHMARK";

    /** The only value of {@link #VARIABLE} that enables it. */
    public static final String ENABLED_VALUE = "enabled";

    /** The mode that a server with this environment runs in. */
    public static BenchmarkMode fromEnvironment(Map<String, String> environment) {
        return ENABLED_VALUE.equals(environment.get(VARIABLE)) ? ENABLED : DISABLED;
    }
}
