package dev.anchor.it;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Who may act is decided by the peers from the caller's certificate, not by anything the caller says: an
 * identity whose certificate no channel CA issued is refused before the chaincode runs, and so is a real
 * organisation's certificate presented under another organisation's MSP ID.
 */
class ForeignIdentityIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static ProductionRecord pears(String batchId) {
        return new ProductionRecord(batchId, "09506000134352", "Conference pears", new BigDecimal("10"), "kg",
                "Orchard Lane");
    }

    /** The manufacturer's connection, presenting another certificate and key as ManufacturerMSP. */
    private static ConnectionOptions manufacturerWith(Path certificate, Path key) {
        return network.descriptor().connectionOptions(MANUFACTURER).toBuilder()
                .certificate(certificate).privateKey(key).build();
    }

    private static void assertNoBatch(String batchId) {
        TransactionRefusedException missing = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).getBatch(batchId));
        assertThat(missing).as("batch %s must not exist", batchId).isNotNull();
        assertThat(missing.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND);
    }

    @Test
    void certificateFromACaOutsideTheChannelIsRefused(@TempDir Path dir) throws Exception {
        ForeignCertificateAuthority.Issued forged = ForeignCertificateAuthority.create("ManufacturerMSP")
                .issue("User1@manufacturer.anchor.local", dir);
        String batchId = TestNetwork.uniqueBatchId("forged");
        try (AnchorClient impostor = connect(manufacturerWith(forged.certificate(), forged.privateKey()))) {
            AnchorException refused = catchThrowableOfType(AnchorException.class,
                    () -> impostor.recordProduction(pears(batchId)));
            assertThat(refused).as("a certificate no channel CA issued must be refused").isNotNull();
            assertThat(refused.errorCode()).isEqualTo(ErrorCode.ACCESS_DENIED);
            assertThat(refused.getMessage()).contains("did not accept this identity").doesNotContain("\tat ");
            AnchorException reading = catchThrowableOfType(AnchorException.class,
                    () -> impostor.getBatch(batchId));
            assertThat(reading).as("nor may it read").isNotNull();
            assertThat(reading.errorCode()).isEqualTo(ErrorCode.ACCESS_DENIED);
        }
        assertNoBatch(batchId);
    }

    @Test
    void aRealCertificateCannotClaimAnotherOrganisation() {
        ConnectionOptions distributor = network.descriptor().connectionOptions(DISTRIBUTOR);
        String batchId = TestNetwork.uniqueBatchId("posing");
        try (AnchorClient posing = connect(manufacturerWith(distributor.certificate(), distributor.privateKey()))) {
            AnchorException refused = catchThrowableOfType(AnchorException.class,
                    () -> posing.recordProduction(pears(batchId)));
            assertThat(refused).as("DistributorMSP's certificate presented as ManufacturerMSP must be refused")
                    .isNotNull();
            assertThat(refused.errorCode()).isEqualTo(ErrorCode.ACCESS_DENIED);
        }
        assertNoBatch(batchId);
    }

    private static AnchorClient connect(ConnectionOptions options) {
        return Anchor.connect(options);
    }
}
