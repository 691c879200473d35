package dev.anchor.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chaincode servers' memory: resident set size from {@code /proc}, heap from {@code jcmd <pid>
 * GC.heap_info} (after the round, so the extra JVM that jcmd starts does not disturb the measurement), and the
 * round's heap peaks from each server's GC log. {@link #mark()} at the start of a round, {@link #sample()} at its end.
 */
final class ChaincodeMemoryProbe {
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final NetworkProcesses processes;
    private final Path logDirectory;
    private final Map<String, Long> gcLogOffsets = new HashMap<>();

    /**
     * @param processes    the network's processes
     * @param logDirectory usually {@code <repo>/.anchor/logs}, holding {@code chaincode-<org>-gc.log}
     */
    ChaincodeMemoryProbe(NetworkProcesses processes, Path logDirectory) {
        this.processes = processes;
        this.logDirectory = logDirectory;
    }

    /** Remembers where each GC log ends now: the round's peaks are read from there. */
    void mark() {
        gcLogOffsets.clear();
        chaincodeServers().keySet().forEach(server -> gcLogOffsets.put(server, GcLog.size(gcLog(server))));
    }

    /** @return each chaincode server's memory now, and its heap peaks since {@link #mark()} */
    List<ChaincodeMemory> sample() {
        List<ChaincodeMemory> memory = new ArrayList<>();
        chaincodeServers().forEach((server, pid) -> {
            double[] heap = heapInfo(pid);
            GcLog.Peaks peaks = GcLog.peaksSince(gcLog(server), gcLogOffsets.getOrDefault(server, 0L));
            memory.add(new ChaincodeMemory(server, pid, mebibytes(ProcFiles.statusKilobytes(pid, "VmRSS").orElse(0)),
                    mebibytes(ProcFiles.statusKilobytes(pid, "VmHWM").orElse(0)), heap[1], heap[0],
                    round(peaks.beforeGc()), round(peaks.afterGc())));
        });
        return memory;
    }

    /** {committed, used} MiB from the output of {@code jcmd <pid> GC.heap_info}; zeros when it has no heap line. */
    static double[] parseHeapInfo(String output) {
        Matcher matcher = HEAP.matcher(output);
        if (!matcher.find()) {
            return new double[] {0, 0};
        }
        return new double[] {mebibytes(Long.parseLong(matcher.group(1))), mebibytes(Long.parseLong(matcher.group(2)))};
    }

    private Map<String, Long> chaincodeServers() {
        Map<String, Long> servers = new TreeMap<>();
        processes.running().forEach((name, pid) -> {
            if (NetworkProcesses.group(name).equals("chaincode")) {
                servers.put(name, pid);
            }
        });
        return servers;
    }

    private Path gcLog(String server) {
        return logDirectory.resolve(server + "-gc.log");
    }

    private static double[] heapInfo(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
            }
            return parseHeapInfo(output);
        } catch (IOException e) {
            return new double[] {0, 0};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[] {0, 0};
        }
    }

    private static double mebibytes(long kilobytes) {
        return round(kilobytes / 1024.0);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
