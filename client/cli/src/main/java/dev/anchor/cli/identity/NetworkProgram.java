package dev.anchor.cli.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the network's programs (fabric-ca-client, a network-config script) to its end and returns what it
 * printed (standard output and error together); a failure becomes an {@link IdentityException} quoting the
 * program's last error line.
 */
public final class NetworkProgram {
    private NetworkProgram() {
    }

    /**
     * @param what        what the program does, for error messages ("registering alice")
     * @param command     the program and its arguments
     * @param environment variables to add to the program's environment
     * @param seconds     how long it may take
     */
    static String run(String what, List<String> command, Map<String, String> environment, long seconds) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IdentityException("CONFIGURATION", what + ": cannot run " + command.get(0) + ": " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IdentityException("CA_UNAVAILABLE", what + " took more than " + seconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IdentityException("CA_REFUSED", what + " failed: " + lastError(output));
            }
            return output;
        } catch (IOException e) {
            throw new IdentityException("CA_UNAVAILABLE", what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IdentityException("CA_UNAVAILABLE", what + " was interrupted");
        }
    }

    /** The program's last line that says "Error" or "error", else its last line. */
    static String lastError(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            int at = line.indexOf("Error: ");
            if (at >= 0) {
                return line.substring(at + "Error: ".length()).strip();
            }
            at = line.indexOf("error: ");
            if (at >= 0) {
                return line.substring(at + "error: ".length()).strip();
            }
        }
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).strip();
    }
}
