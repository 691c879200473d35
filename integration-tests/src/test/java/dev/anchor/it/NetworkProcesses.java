package dev.anchor.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local network's processes as {@code network-config/network.sh} started them (their pids are in
 * {@code .anchor/pids/}): kills one with SIGKILL, brings back whatever is missing with {@code network.sh up}, or
 * stops them all with {@code network.sh down}.
 */
final class NetworkProcesses {
    private final Path home;

    NetworkProcesses(Path home) {
        this.home = home;
    }

    /** Kills the process NAME (e.g. {@code orderer}, {@code peer0.manufacturer.anchor.local}) with SIGKILL. */
    void kill(String name) throws Exception {
        Path pidFile = home.resolve(".anchor/pids/" + name + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Runs {@code network.sh up}, which restarts what is not running; returns how long it took. */
    Duration restart() throws IOException, InterruptedException {
        return run("up");
    }

    /** Runs {@code network.sh down}: every process of the network stops (the ledgers stay). */
    Duration stop() throws IOException, InterruptedException {
        return run("down");
    }

    /** Runs {@code network.sh add-org NAME}: the organisation joins the running channel; returns how long it took. */
    Duration addOrganization(String name) throws IOException, InterruptedException {
        return run("add-org", name);
    }

    private Duration run(String command, String... arguments) throws IOException, InterruptedException {
        Instant start = Instant.now();
        Path log = home.resolve(".anchor/logs/network-" + command + "-from-tests.log");
        List<String> line = new java.util.ArrayList<>(List.of(home.resolve("network-config/network.sh").toString(),
                command));
        line.addAll(List.of(arguments));
        Process script = new ProcessBuilder(line)
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!script.waitFor(5, TimeUnit.MINUTES)) {
            script.destroyForcibly();
            throw new AssertionError("network.sh " + command + " did not finish in 5 minutes; see " + log);
        }
        if (script.exitValue() != 0) {
            throw new AssertionError("network.sh " + command + " failed with exit code " + script.exitValue()
                    + "; see " + log);
        }
        return Duration.between(start, Instant.now());
    }
}
