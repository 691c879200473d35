package dev.anchor.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local network's processes, as {@code network-config/network.sh} recorded them: one pid file per process
 * in {@code .anchor/pids/} ({@code orderer.pid}, {@code peer0.<org>.anchor.local.pid},
 * {@code chaincode-<org>.pid}).
 */
public final class NetworkProcesses {
    private final Path pidDirectory;

    /** @param pidDirectory usually {@code <repo>/.anchor/pids} */
    public NetworkProcesses(Path pidDirectory) {
        this.pidDirectory = pidDirectory;
    }

    /** @return process name to pid, of every pid file whose process is alive, sorted by name */
    public Map<String, Long> running() {
        Map<String, Long> processes = new TreeMap<>();
        if (!Files.isDirectory(pidDirectory)) {
            return processes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pidDirectory, "*.pid")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                try {
                    long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
                    if (Files.isDirectory(Path.of("/proc", Long.toString(pid)))) {
                        processes.put(name, pid);
                    }
                } catch (NumberFormatException | IOException e) {
                    // a pid file being rewritten or removed: the process is not there for us
                }
            }
        } catch (IOException e) {
            return processes;
        }
        return processes;
    }

    /** @return the group a process counts in for the CPU split: orderer, peers, chaincode or other */
    public static String group(String processName) {
        if (processName.startsWith("orderer")) {
            return "orderer";
        }
        if (processName.startsWith("peer")) {
            return "peers";
        }
        if (processName.startsWith("chaincode-")) {
            return "chaincode";
        }
        return "other";
    }
}
