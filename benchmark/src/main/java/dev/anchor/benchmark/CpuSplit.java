package dev.anchor.benchmark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the CPU went during a round's measurement, in cores (CPU seconds per second: 1.0 is one core busy all
 * the time), by process group: the orderer, the four peers, the four chaincode servers, this benchmark client,
 * and everything else on the machine.
 *
 * @param seconds      wall-clock length of the window
 * @param cores        the machine's cores
 * @param machineBusy  cores busy on the whole machine (from {@code /proc/stat})
 * @param coresByGroup cores used by each group; {@code other} is the machine's rest
 */
public record CpuSplit(double seconds, int cores, double machineBusy, Map<String, Double> coresByGroup) {
    /** Copies the groups, keeping their order. */
    public CpuSplit {
        coresByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(coresByGroup));
    }

    /** @return the busy share of the machine, 0 to 1 */
    public double machineBusyShare() {
        return cores > 0 ? machineBusy / cores : 0;
    }
}
