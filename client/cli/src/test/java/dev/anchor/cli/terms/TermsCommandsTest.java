package dev.anchor.cli.terms;

import dev.anchor.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.terms.TermsDeclaration;
import dev.anchor.client.terms.TermsDisclosure;
import dev.anchor.model.json.CanonicalForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handoff --terms} and {@code terms verify}: bad files are named, nothing is sent; verify's exit codes. */
class TermsCommandsTest {
    private final CliRun cli = new CliRun();
    private final AnchorClient client = mock(AnchorClient.class);

    @TempDir
    Path dir;

    @Test
    void termsThatAreNotAJsonObjectAreAUsageErrorAndNothingIsSent() throws IOException {
        Path list = Files.writeString(dir.resolve("terms.json"), "[1, 2]");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"price\":");

        CliRun.Result notObject = cli.client(client).run("handoff", "PEAR-001", "--to", "distributor", "--terms",
                list.toString());
        CliRun.Result notJson = cli.client(client).run("handoff", "PEAR-001", "--to", "distributor", "--terms",
                broken.toString());
        CliRun.Result missing = cli.client(client).run("handoff", "PEAR-001", "--to", "distributor", "--terms",
                dir.resolve("none.json").toString());

        assertThat(notObject.exitCode()).isEqualTo(2);
        assertThat(notObject.err()).startsWith("error: INVALID_TERMS: ").contains("must hold a JSON object");
        assertThat(notJson.exitCode()).isEqualTo(2);
        assertThat(notJson.err()).startsWith("error: INVALID_TERMS: ").contains("is not JSON");
        assertThat(missing.exitCode()).as(missing.err()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: FILE_NOT_FOUND: ");
        verify(client, never()).initiateHandoff(anyString(), any(), any());
        verify(client, never()).initiateHandoff(anyString(), any());
    }

    @Test
    void termsGoWithBatchesNotUnits() throws IOException {
        Path terms = Files.writeString(dir.resolve("terms.json"), "{\"price\": 1}");

        CliRun.Result r = cli.client(client).run("handoff", "106141411234567897", "--to", "distributor", "--terms",
                terms.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--terms goes with a batch handoff");
    }

    @Test
    void verifyExits0ForTheDeclaredCopyAnd1ForAChangedOne() throws IOException {
        TermsDisclosure copy = TermsDisclosure.draft("PEAR-001", Organization.MANUFACTURER, Organization.DISTRIBUTOR,
                CanonicalForm.tree("{\"price\": 12.40}"));
        when(client.termsDeclarations("PEAR-001")).thenReturn(List.of(new TermsDeclaration("PEAR-001",
                "ManufacturerMSP", "DistributorMSP", copy.sha256(), "tx-1")));
        Path disclosed = Files.writeString(dir.resolve("copy.json"), copy.json());
        Path changed = Files.writeString(dir.resolve("changed.json"), copy.json().replace("12.4", "13.4"));

        CliRun.Result good = cli.client(client).run("terms", "verify", "PEAR-001", disclosed.toString());
        CliRun.Result bad = cli.client(client).run("terms", "verify", "PEAR-001", changed.toString());
        CliRun.Result other = cli.client(client).run("terms", "verify", "PEAR-002", disclosed.toString());

        assertThat(good.exitCode()).isZero();
        assertThat(good.out()).startsWith("Verified: copy.json").contains(copy.sha256());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).startsWith("Does not match: changed.json").contains("declared " + copy.sha256());
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("a copy of the terms of PEAR-001, not of PEAR-002");
    }
}
