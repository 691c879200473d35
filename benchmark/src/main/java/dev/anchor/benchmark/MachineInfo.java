package dev.anchor.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine a run was measured on, and the code it measured.
 *
 * @param cores     available processors
 * @param memoryMib total memory
 * @param cpuModel  from {@code /proc/cpuinfo}
 * @param os        name and kernel version
 * @param java      the JVM that ran the benchmark client
 * @param gitCommit the repository's HEAD, with {@code +changes} when the work tree differs; {@code unknown} without git
 */
public record MachineInfo(int cores, long memoryMib, String cpuModel, String os, String java, String gitCommit) {

    /** @return this machine, and the commit of the repository at {@code anchorHome} */
    public static MachineInfo current(Path anchorHome) {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), totalMemoryMib(),
                firstMatch(Path.of("/proc/cpuinfo"), "(?m)^model name\\s*:\\s*(.+)$").orElse("unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                gitCommit(anchorHome));
    }

    private static long totalMemoryMib() {
        return firstMatch(Path.of("/proc/meminfo"), "(?m)^MemTotal:\\s*(\\d+) kB").map(kb -> Long.parseLong(kb) / 1024)
                .orElse(0L);
    }

    private static Optional<String> firstMatch(Path file, String regex) {
        try {
            Matcher matcher = Pattern.compile(regex).matcher(Files.readString(file, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String gitCommit(Path anchorHome) {
        Optional<String> head = git(anchorHome, "rev-parse", "--short=12", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        boolean changed = git(anchorHome, "status", "--porcelain", "--untracked-files=no").map(s -> !s.isBlank())
                .orElse(false);
        return head.get() + (changed ? "+changes" : "");
    }

    private static Optional<String> git(Path directory, String... arguments) {
        String[] command = new String[arguments.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = directory.toString();
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
