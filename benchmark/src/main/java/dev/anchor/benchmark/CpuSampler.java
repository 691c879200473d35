package dev.anchor.benchmark;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Measures the {@link CpuSplit} of a round's measurement window: it reads every network process's CPU ticks, this
 * process's and the machine's when the window opens and again when it closes.
 */
final class CpuSampler implements MeasurementWindow {
    static final String CLIENT = "benchmark client";
    /** The process groups, in report order. */
    static final List<String> GROUPS = List.of("orderer", "peers", "chaincode", CLIENT, "other");

    private final NetworkProcesses processes;
    private final int cores;
    private volatile Snapshot first;
    private volatile Snapshot last;

    CpuSampler(NetworkProcesses processes) {
        this.processes = processes;
        this.cores = Runtime.getRuntime().availableProcessors();
    }

    @Override
    public void opened() {
        first = Snapshot.take(processes);
    }

    @Override
    public void closed() {
        last = Snapshot.take(processes);
    }

    /** @return the split between the window's opening and closing, or empty if it did not both open and close */
    Optional<CpuSplit> split() {
        if (first == null || last == null) {
            return Optional.empty();
        }
        return Optional.of(split(first, last, cores));
    }

    static CpuSplit split(Snapshot first, Snapshot last, int cores) {
        double seconds = (last.nanos - first.nanos) / 1e9;
        Map<String, Long> ticks = new HashMap<>();
        long accounted = 0;
        for (Map.Entry<String, Long> process : last.ticks.entrySet()) {
            Long before = first.ticks.get(process.getKey());
            if (before == null) {
                continue;
            }
            long used = Math.max(0, process.getValue() - before);
            ticks.merge(group(process.getKey()), used, Long::sum);
            accounted += used;
        }
        long machineBusy = Math.max(0, last.machineBusy - first.machineBusy);
        ticks.put("other", Math.max(0, machineBusy - accounted));
        Map<String, Double> coresByGroup = new LinkedHashMap<>();
        for (String group : GROUPS) {
            coresByGroup.put(group, cores(ticks.getOrDefault(group, 0L), seconds));
        }
        return new CpuSplit(seconds, cores, cores(machineBusy, seconds), coresByGroup);
    }

    private static String group(String process) {
        return process.equals(Snapshot.SELF) ? CLIENT : NetworkProcesses.group(process);
    }

    private static double cores(long ticks, double seconds) {
        return seconds > 0 ? Math.round(ticks / ProcFiles.TICKS_PER_SECOND / seconds * 100) / 100.0 : 0;
    }

    /** CPU ticks of each process and of the machine at one moment. */
    record Snapshot(long nanos, Map<String, Long> ticks, long machineBusy) {
        static final String SELF = "(benchmark)";

        static Snapshot take(NetworkProcesses processes) {
            Map<String, Long> ticks = new HashMap<>();
            Map<String, Long> pids = new HashMap<>(processes.running());
            pids.put(SELF, ProcessHandle.current().pid());
            pids.forEach((name, pid) -> {
                OptionalLong used = ProcFiles.processTicks(pid);
                if (used.isPresent()) {
                    ticks.put(name, used.getAsLong());
                }
            });
            return new Snapshot(System.nanoTime(), ticks, ProcFiles.machineTicks()[0]);
        }
    }
}
