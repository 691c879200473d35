package dev.anchor.it;

import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network with each organisation on a test host of its own, as {@code network-config/separate-hosts.sh} makes
 * it: a network namespace per organisation (named after it) with its own address, every process of the organisation
 * inside it, listening on that address. Reads the hosts' addresses and the TCP sockets inside each host ({@code ss}).
 */
final class SeparateHosts {
    /**
     * One TCP socket seen inside a host: its local and remote addresses (remote {@code 0.0.0.0:*} while listening) and
     * the name of the process holding it (e.g. {@code peer}, {@code orderer}, {@code java}).
     */
    record Socket(Endpoint local, Endpoint remote, String process) {
    }

    /** An IPv4 address (an IPv4-mapped IPv6 one read as IPv4) and a port. */
    record Endpoint(String address, int port) {
        static Endpoint parse(String text) {
            int colon = text.lastIndexOf(':');
            String address = text.substring(0, colon).replace("[", "").replace("]", "").replace("::ffff:", "");
            String port = text.substring(colon + 1);
            return new Endpoint(address, port.equals("*") ? 0 : Integer.parseInt(port));
        }
    }

    private static final Pattern PROCESS = Pattern.compile("users:\\(\\(\"([^\"]+)\"");
    private static final Duration UP = Duration.ofMinutes(15);

    private final Path home;

    SeparateHosts(Path home) {
        this.home = home;
    }

    /** Makes the hosts and brings every organisation up on its own; fails naming the log when that fails. */
    void up() throws IOException, InterruptedException {
        String output = run(UP, "network-config/separate-hosts.sh", "up");
        if (output == null) {
            throw new AssertionError("separate-hosts.sh up failed; read .anchor/logs/separate-hosts-from-tests.log");
        }
    }

    /** Stops every host's processes and removes the hosts and their state (also after a failed {@link #up}). */
    void down() throws IOException, InterruptedException {
        run(Duration.ofMinutes(2), "network-config/separate-hosts.sh", "down");
    }

    /** The client descriptor of all organisations, each entry written on its own host. */
    LocalNetwork network() {
        return LocalNetwork.load(home.resolve(".anchor/separate-hosts/network.json"));
    }

    /** The address of an organisation's host. */
    String address(Organization organization) throws IOException, InterruptedException {
        String output = run(Duration.ofSeconds(30), "network-config/test-hosts.sh", "address", organization.shortName());
        if (output == null) {
            throw new AssertionError("no test host for " + organization.shortName());
        }
        return output.strip();
    }

    /** The TCP sockets in STATE (listening, established) inside an organisation's host. */
    List<Socket> sockets(Organization organization, String state) throws IOException, InterruptedException {
        String output = run(Duration.ofSeconds(30), "network-config/test-hosts.sh", "exec", organization.shortName(),
                "ss", "-tnpH", "state", state);
        if (output == null) {
            throw new AssertionError("ss failed inside the host of " + organization.shortName());
        }
        List<Socket> sockets = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 5) {
                Matcher process = PROCESS.matcher(columns[4]);
                sockets.add(new Socket(Endpoint.parse(columns[2]), Endpoint.parse(columns[3]),
                        process.find() ? process.group(1) : ""));
            }
        }
        return sockets;
    }

    /** Runs a script of the repository; its standard output, or null when it failed. */
    private String run(Duration patience, String... command) throws IOException, InterruptedException {
        Path log = home.resolve(".anchor/logs/separate-hosts-from-tests.log");
        log.getParent().toFile().mkdirs();
        List<String> words = new ArrayList<>(List.of(command));
        words.set(0, home.resolve(command[0]).toString());
        Path output = Files.createTempFile("separate-hosts", ".out");
        try {
            Process process = new ProcessBuilder(words).directory(home.toFile())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + patience + "; see " + log);
            }
            return process.exitValue() == 0 ? Files.readString(output, StandardCharsets.UTF_8) : null;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
