package dev.anchor.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchor.client.Organization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commercial terms of a handoff on the real network (docs/private-terms.md): only the two parties' peers keep them
 * (checked in the ledger files of every peer), others are refused, a disclosed copy verifies against the public hash
 * and a changed one does not, a purge removes the copies and keeps the hash, and a handoff without terms is as before.
 */
class PrivateTermsIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @TempDir
    Path dir;

    @Test
    void termsStayWithTheTwoPartiesAndTheLedgerProvesThem() throws IOException {
        String batchId = newBatch("terms");
        String invoice = "INV-" + UUID.randomUUID();
        Path terms = dir.resolve("terms.json");
        Files.writeString(terms, "{\"price\": 12.40, \"currency\": \"EUR\", \"contract\": \"FRAME-2026-17\", "
                + "\"invoice\": \"" + invoice + "\"}");

        CliRunner.Run handoff = CliRunner.ok(network, "--org", "manufacturer", "handoff", batchId, "--to",
                "distributor", "--terms", terms.toString());
        assertThat(handoff.out()).contains("terms: kept for").contains("the ledger holds SHA-256");

        Path copy = dir.resolve("copy.json");
        CliRunner.Run shown = CliRunner.ok(network, "--org", "distributor", "terms", "show", batchId, "--save",
                copy.toString());
        assertThat(shown.out()).contains(invoice).contains("\"price\" : 12.4\n"); // canonical: no trailing zeros
        assertThat(CliRunner.ok(network, "--org", "manufacturer", "terms", "show", batchId).out()).contains(invoice);

        for (String outsider : List.of("retailer", "auditor")) {
            CliRunner.Run refused = CliRunner.settled(network, "--org", outsider, "terms", "show", batchId);
            assertThat(refused.exitCode()).as(outsider).isNotZero();
            assertThat(refused.err()).contains("NOT_A_PARTY").contains("is not a party").doesNotContain(invoice)
                    .doesNotContain("Exception");
        }
        // Only the parties' peers hold the terms anywhere in their ledgers (state, private store, blocks).
        assertThat(peerHolds("manufacturer", invoice)).isTrue();
        assertThat(peerHolds("distributor", invoice)).isTrue();
        assertThat(peerHolds("retailer", invoice)).as("the retailer's peer holds a copy").isFalse();
        assertThat(peerHolds("auditor", invoice)).as("the auditor's peer holds a copy").isFalse();
        assertThat(CliRunner.ok(network, "--org", "auditor", "batch", "show", batchId).out()).doesNotContain(invoice);

        CliRunner.Run verified = CliRunner.ok(network, "--org", "auditor", "terms", "verify", batchId, copy.toString());
        assertThat(verified.out()).startsWith("Verified:");

        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, Files.readString(copy).replace("12.4", "11.4"));
        CliRunner.Run mismatch = CliRunner.settled(network, "--org", "auditor", "terms", "verify", batchId,
                changed.toString());
        assertThat(mismatch.exitCode()).isEqualTo(1);
        assertThat(mismatch.out()).startsWith("Does not match:");

        CliRunner.ok(network, "--org", "distributor", "accept", batchId);
        CliRunner.Run purged = CliRunner.ok(network, "--org", "distributor", "terms", "purge", batchId);
        assertThat(purged.out()).contains("Purged the terms of the handoff of " + batchId);
        for (String party : List.of("manufacturer", "distributor")) {
            CliRunner.Run after = CliRunner.ok(network, "--org", party, "terms", "show", batchId);
            assertThat(after.out()).as(party).contains("(purged").doesNotContain(invoice);
        }
        assertThat(CliRunner.ok(network, "--org", "auditor", "terms", "verify", batchId, copy.toString()).out())
                .as("the hash outlives the purge").startsWith("Verified:");
    }

    @Test
    void eachPairSeesOnlyItsOwnTermsAndAPartyToTwoPurgesBoth() throws IOException {
        String batchId = newBatch("terms-chain");
        String bought = "BUY-" + UUID.randomUUID();
        String sold = "SELL-" + UUID.randomUUID();
        Path buying = dir.resolve("buying.json");
        Path selling = dir.resolve("selling.json");
        Files.writeString(buying, "{\"invoice\": \"" + bought + "\"}");
        Files.writeString(selling, "{\"invoice\": \"" + sold + "\"}");
        CliRunner.ok(network, "--org", "manufacturer", "handoff", batchId, "--to", "distributor", "--terms",
                buying.toString());
        CliRunner.ok(network, "--org", "distributor", "accept", batchId);
        CliRunner.ok(network, "--org", "distributor", "handoff", batchId, "--to", "retailer", "--terms",
                selling.toString());

        assertThat(CliRunner.ok(network, "--org", "distributor", "terms", "show", batchId).out()).contains(bought, sold);
        assertThat(CliRunner.ok(network, "--org", "retailer", "terms", "show", batchId).out()).contains(sold)
                .doesNotContain(bought);
        assertThat(CliRunner.ok(network, "--org", "manufacturer", "terms", "show", batchId).out()).contains(bought)
                .doesNotContain(sold);
        assertThat(peerHolds("retailer", bought)).isFalse();
        assertThat(peerHolds("manufacturer", sold)).isFalse();

        CliRunner.Run purged = CliRunner.ok(network, "--org", "distributor", "terms", "purge", batchId);
        assertThat(purged.out().lines().filter(line -> line.startsWith("Purged"))).hasSize(2);
        for (String party : List.of("manufacturer", "distributor", "retailer")) {
            assertThat(CliRunner.ok(network, "--org", party, "terms", "show", batchId).out()).as(party)
                    .doesNotContain(bought).doesNotContain(sold).contains("(purged");
        }
    }

    @Test
    void aHandoffWithoutTermsWorksAsBefore() {
        String batchId = newBatch("no-terms");
        CliRunner.ok(network, "--org", "manufacturer", "handoff", batchId, "--to", "distributor");
        CliRunner.ok(network, "--org", "distributor", "accept", batchId);
        assertThat(network.as(Organization.DISTRIBUTOR).getBatch(batchId).isHeldBy(Organization.DISTRIBUTOR)).isTrue();
        CliRunner.Run none = CliRunner.settled(network, "--org", "distributor", "terms", "show", batchId);
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("TERMS_NOT_FOUND");
    }

    private static String newBatch(String purpose) {
        String batchId = TestNetwork.uniqueBatchId(purpose);
        CliRunner.ok(network, "--org", "manufacturer", "batch", "create", "--id", batchId, "--product",
                "09506000134352", "--name", "Conference pears", "--quantity", "10", "--unit", "kg", "--site",
                "Orchard Lane");
        return batchId;
    }

    /** Whether any file of the organisation's peer's ledger directory contains the text. */
    private static boolean peerHolds(String org, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        Path ledgers = TestNetwork.anchorHome().resolve(".anchor/ledgers/peer0." + org + ".anchor.local");
        assertThat(ledgers).isDirectory();
        try (Stream<Path> files = Files.walk(ledgers)) {
            return files.filter(Files::isRegularFile).anyMatch(file -> contains(file, needle));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return false; // a LevelDB lock file or a file compacted away meanwhile
        }
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
