package dev.anchor.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code ./anchor} launcher as a user runs it: a separate process, the demo story, a refusal. */
class LauncherIT {

    record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome launch(String... args) throws IOException, InterruptedException {
        Path home = TestNetwork.anchorHome();
        List<String> command = new ArrayList<>();
        command.add(home.resolve("anchor").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("anchor-out", ".txt");
        Path err = Files.createTempFile("anchor-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(home.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("./anchor " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void demoPlaysBothStoriesWithAVerifiedTraceAndARecall() throws Exception {
        Outcome demo = launch("demo");

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Conference pears", "temperature log missing")
                .contains("PRODUCED", "HANDOFF_REJECTED", "HANDOFF_ACCEPTED")
                .containsPattern("hash chain: verified \\(\\d+ events\\)");
        assertThat(demo.out()).contains("The story of pear juice", "refused, RECALLED: ", "4 batches affected, 2 acknowledged");
        assertThat(demo.out()).containsPattern("tries to ship pallet [0-9]{18} on: refused, RECALLED: ")
                .containsPattern("-BOTTLES-A .* in unit [0-9]{18}");
        assertThat(demo.out().strip()).containsPattern("checks the lab report: attached to DEMO-[0-9-]+-PB by manufacturer at \\S+$");
    }

    @Test
    void refusalFromTheLauncherIsOneLineOnStderr() throws Exception {
        Outcome missing = launch("--org", "auditor", "trace", TestNetwork.uniqueBatchId("launcher"));

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).matches("error: BATCH_NOT_FOUND: [^\\n]+\\n");
    }
}
