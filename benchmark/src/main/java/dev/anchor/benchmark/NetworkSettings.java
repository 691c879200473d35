package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The network configuration that a run measured, as read from the repository and the running processes:
 * block cutting and endorsement policy from {@code network-config/config/configtx.yaml}, the Fabric release from
 * {@code network-config/install-fabric.sh}, and each chaincode server's benchmark mode, JVM options and shim
 * thread pool (from its pid directory, {@code /proc/<pid>/cmdline} and the {@code config.props} in its jar).
 *
 * @param fabricRelease   e.g. {@code v2.5.0}
 * @param batchTimeout    e.g. {@code 250ms}
 * @param maxMessageCount transactions per block at most
 * @param endorsement     the channel's endorsement policy rule
 * @param chaincode       per chaincode server: mode, JVM options, thread pool
 * @param organizations   the channel's organisations by MSP ID, as the client descriptor lists them: the four of the
 *                        topology, and any that {@code network.sh add-org} added (which changes what a write costs)
 * @param orderers        the ordering nodes the client descriptor lists
 */
public record NetworkSettings(String fabricRelease, String batchTimeout, String maxMessageCount, String endorsement,
                              Map<String, ChaincodeServer> chaincode, List<String> organizations, int orderers) {
    /** Copies the organisations. */
    public NetworkSettings {
        organizations = List.copyOf(organizations);
    }

    /** The Java shim's transaction threads when its {@code config.props} does not say (InvocationTaskManager). */
    static final String SHIM_DEFAULT_POOL = "5";

    /**
     * One chaincode server's set-up.
     *
     * @param benchmarkMode  {@code enabled} or {@code disabled}
     * @param jvmOptions     the options its JVM was started with
     * @param maxPoolThreads the shim's maximum transaction threads: {@code TP_MAX_POOL_SIZE} of the {@code config.props}
     *                       in the server's jar, or the shim's default of 5 without one
     */
    public record ChaincodeServer(String benchmarkMode, String jvmOptions, String maxPoolThreads) {
    }

    /** @return the settings of the network of the repository at {@code anchorHome} */
    public static NetworkSettings read(Path anchorHome, NetworkProcesses processes) {
        Path configtx = anchorHome.resolve("network-config/config/configtx.yaml");
        Path installer = anchorHome.resolve("network-config/install-fabric.sh");
        Path state = anchorHome.resolve(".anchor");
        Map<String, ChaincodeServer> servers = new TreeMap<>();
        processes.running().forEach((name, pid) -> {
            if (NetworkProcesses.group(name).equals("chaincode")) {
                Optional<String> cmdline = read(Path.of("/proc", Long.toString(pid), "cmdline"));
                servers.put(name, new ChaincodeServer(
                        read(state.resolve("pids/" + name + ".mode")).map(String::trim).orElse("disabled"),
                        cmdline.map(NetworkSettings::jvmOptionsOf).orElse("unknown"),
                        cmdline.flatMap(NetworkSettings::jarOf).map(NetworkSettings::maxPoolThreads).orElse("unknown")));
            }
        });
        return new NetworkSettings(
                read(installer).flatMap(text -> first(text, "(?m)^FABRIC_RELEASE=\"?([^\"\\s]+)")).orElse("unknown"),
                read(configtx).flatMap(text -> first(text, "(?m)^\\s*BatchTimeout:\\s*(\\S+)")).orElse("unknown"),
                read(configtx).flatMap(text -> first(text, "(?m)^\\s*MaxMessageCount:\\s*(\\S+)")).orElse("unknown"),
                read(configtx).flatMap(text -> first(text, "(?m)^\\s*Endorsement:\\s*\\{Type: ImplicitMeta, Rule: \"([^\"]+)\"")).orElse("unknown"),
                servers, organizationsOf(state.resolve("network.json")), orderersOf(state.resolve("network.json")));
    }

    /** The MSP IDs of the descriptor's organisations, in its order; empty when it cannot be read. */
    static List<String> organizationsOf(Path descriptor) {
        List<String> mspIds = new ArrayList<>();
        descriptorTree(descriptor).path("organizations").forEach(org -> mspIds.add(org.path("mspId").asText("?")));
        return mspIds;
    }

    /** How many ordering nodes the descriptor lists; 0 when it cannot be read. */
    static int orderersOf(Path descriptor) {
        return descriptorTree(descriptor).path("orderers").size();
    }

    private static JsonNode descriptorTree(Path descriptor) {
        try {
            return new ObjectMapper().readTree(descriptor.toFile());
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The JVM options in a NUL-separated {@code /proc/<pid>/cmdline}: the words between {@code java} and {@code -jar}. */
    static String jvmOptionsOf(String cmdline) {
        StringBuilder options = new StringBuilder();
        String[] words = cmdline.split("\u0000");
        for (int i = 1; i < words.length && !words[i].equals("-jar") && !words[i].equals("-cp"); i++) {
            options.append(options.length() == 0 ? "" : " ").append(words[i]);
        }
        return options.toString();
    }

    /** The jar in a NUL-separated {@code /proc/<pid>/cmdline}: the word after {@code -jar}. */
    static Optional<Path> jarOf(String cmdline) {
        String[] words = cmdline.split("\u0000");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("-jar")) {
                return Optional.of(Path.of(words[i + 1]));
            }
        }
        return Optional.empty();
    }

    /** {@code TP_MAX_POOL_SIZE} of the shim's {@code config.props} in the jar; the shim's default, 5, without it. */
    static String maxPoolThreads(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("config.props");
            if (entry == null) {
                return SHIM_DEFAULT_POOL;
            }
            Properties props = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                props.load(in);
            }
            return props.getProperty("TP_MAX_POOL_SIZE", SHIM_DEFAULT_POOL).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

}
