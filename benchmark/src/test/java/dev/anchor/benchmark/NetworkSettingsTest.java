package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkSettingsTest {

    @Test
    void theJvmOptionsAreTheWordsBeforeTheJar() {
        String cmdline = "java\u0000-Xms64m\u0000-Xmx256m\u0000-Xlog:gc:file=/x/gc.log::filecount=0\u0000-jar\u0000/x/cc.jar\u0000";

        assertThat(NetworkSettings.jvmOptionsOf(cmdline)).isEqualTo("-Xms64m -Xmx256m -Xlog:gc:file=/x/gc.log::filecount=0");
    }

    @Test
    void readsBlockCuttingFromConfigtx() {
        String configtx = """
                  BatchTimeout: 250ms
                  BatchSize:
                    MaxMessageCount: 500
                    Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
                """;

        assertThat(NetworkSettings.first(configtx, "(?m)^\\s*BatchTimeout:\\s*(\\S+)")).contains("250ms");
        assertThat(NetworkSettings.first(configtx, "(?m)^\\s*MaxMessageCount:\\s*(\\S+)")).contains("500");
    }

    @Test
    void theJarIsTheWordAfterDashJar() {
        assertThat(NetworkSettings.jarOf("java\u0000-Xmx256m\u0000-jar\u0000/x/cc.jar\u0000")).contains(Path.of("/x/cc.jar"));
        assertThat(NetworkSettings.jarOf("java\u0000-cp\u0000/x\u0000Main\u0000")).isEmpty();
    }

    @Test
    void thePoolSizeComesFromTheJarsConfigProps(@TempDir Path dir) throws Exception {
        Path withProps = dir.resolve("with.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(withProps))) {
            zip.putNextEntry(new ZipEntry("config.props"));
            zip.write("TP_CORE_POOL_SIZE=16\nTP_MAX_POOL_SIZE=16\n".getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
        }
        Path without = dir.resolve("without.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(without))) {
            zip.putNextEntry(new ZipEntry("dev/Main.class"));
            zip.closeEntry();
        }

        assertThat(NetworkSettings.maxPoolThreads(withProps)).isEqualTo("16");
        assertThat(NetworkSettings.maxPoolThreads(without)).isEqualTo("5");
        assertThat(NetworkSettings.maxPoolThreads(dir.resolve("missing.jar"))).isEqualTo("unknown");
    }

    /** A network that add-org grew costs more per write: the report names every organisation of the descriptor. */
    @Test
    void theOrganisationsAndOrderersComeFromTheClientDescriptor(@TempDir Path dir) throws Exception {
        Path descriptor = dir.resolve("network.json");
        Files.writeString(descriptor, """
                {"channel":"supplychain","organizations":{
                  "manufacturer":{"mspId":"ManufacturerMSP"},"auditor":{"mspId":"AuditorMSP"},
                  "wholesaler":{"mspId":"WholesalerMSP"}},
                 "orderers":[{"endpoint":"a:7050"},{"endpoint":"b:8050"},{"endpoint":"c:9050"}]}
                """);

        assertThat(NetworkSettings.organizationsOf(descriptor)).containsExactly("ManufacturerMSP", "AuditorMSP", "WholesalerMSP");
        assertThat(NetworkSettings.orderersOf(descriptor)).isEqualTo(3);
        assertThat(NetworkSettings.organizationsOf(dir.resolve("missing.json"))).isEmpty();
        assertThat(NetworkSettings.orderersOf(dir.resolve("missing.json"))).isZero();
    }
}
