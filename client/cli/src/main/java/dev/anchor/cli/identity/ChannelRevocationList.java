package dev.anchor.cli.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Puts an organisation's CRL into its MSP in the channel configuration, through
 * {@code network-config/publish-crl.sh} (fetch the configuration block, set the MSP's {@code revocation_list},
 * compute the update, sign it as the organisation's admin, submit, wait until every peer has committed it).
 * Afterwards every peer refuses the revoked certificates.
 */
public final class ChannelRevocationList {
    private ChannelRevocationList() {
    }

    /**
     * @param anchorHome   the repository (holding network-config/)
     * @param stateFolder  the network's state folder ({@code .anchor}, holding {@code port-offset})
     * @param organization the organisation's short name
     * @param crl          the PEM file of its CA's CRL
     * @return what the script reported (its last line)
     */
    public static String publish(Path anchorHome, Path stateFolder, String organization, Path crl) {
        Path script = anchorHome.resolve("network-config").resolve("publish-crl.sh");
        String output = NetworkProgram.run("updating the CRL in the channel configuration",
                List.of(script.toString(), organization, crl.toAbsolutePath().toString()),
                Map.of("ANCHOR_PORT_OFFSET", portOffset(stateFolder), "ANCHOR_STATE_DIR", stateFolder.toString()),
                300);
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).replaceFirst("^\\[anchor-network\\] ", "");
    }

    /** The port offset the network was made with (the scripts reach its processes through it). */
    private static String portOffset(Path stateFolder) {
        Path file = stateFolder.resolve("port-offset");
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "0";
        } catch (IOException e) {
            throw new IdentityException("CONFIGURATION", "cannot read " + file + ": " + e.getMessage());
        }
    }
}
