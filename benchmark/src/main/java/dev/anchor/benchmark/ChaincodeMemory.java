package dev.anchor.benchmark;

/**
 * One chaincode server's memory at the end of a round, in MiB (0 when it could not be read).
 *
 * @param server           e.g. {@code chaincode-manufacturer}
 * @param pid              its process id
 * @param rss              resident set size now ({@code VmRSS})
 * @param peakRss          the largest resident set size since the process started ({@code VmHWM})
 * @param heapUsed         heap in use now ({@code jcmd <pid> GC.heap_info})
 * @param heapCommitted    heap reserved from the system now
 * @param peakHeapBeforeGc the most heap in use during the round, just before a collection (from its GC log)
 * @param maxHeapAfterGc   the most heap still in use right after a collection during the round: live data
 */
public record ChaincodeMemory(String server, long pid, double rss, double peakRss, double heapUsed,
                              double heapCommitted, double peakHeapBeforeGc, double maxHeapAfterGc) {
}
