package dev.anchor.client.custody;

import dev.anchor.model.custody.PendingHandoff;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchParsingTest {
    private static final String HASH = "ab".repeat(32);

    @Test
    void readsABatchWithAPendingHandoff() {
        String json = "{\"batchId\":\"PEAR-001\",\"custodian\":\"ManufacturerMSP\",\"eventCount\":2,"
                + "\"gtin\":\"09506000134352\",\"lastEventHash\":\"" + HASH + "\",\"pendingHandoff\":{"
                + "\"from\":\"ManufacturerMSP\",\"initiatedAt\":\"2026-11-25T15:02:11.417Z\",\"to\":\"DistributorMSP\","
                + "\"txId\":\"tx-2\"},\"producedAt\":\"2026-11-25T15:01:58.020Z\",\"producer\":\"ManufacturerMSP\","
                + "\"productName\":\"Conference pears\",\"quantity\":1200,\"site\":\"Orchard Lane\",\"unit\":\"kg\"}";

        Batch batch = Batch.fromJson(json);

        assertThat(batch.batchId()).isEqualTo("PEAR-001");
        assertThat(batch.gtin()).isEqualTo("09506000134352");
        assertThat(batch.productName()).isEqualTo("Conference pears");
        assertThat(batch.quantity()).isEqualByComparingTo("1200");
        assertThat(batch.unit()).isEqualTo("kg");
        assertThat(batch.site()).isEqualTo("Orchard Lane");
        assertThat(batch.producer()).isEqualTo("ManufacturerMSP");
        assertThat(batch.producedAt()).isEqualTo(Instant.parse("2026-11-25T15:01:58.020Z"));
        assertThat(batch.custodian()).isEqualTo("ManufacturerMSP");
        assertThat(batch.isHeldBy(Organization.MANUFACTURER)).isTrue();
        assertThat(batch.isHeldBy(Organization.DISTRIBUTOR)).isFalse();
        assertThat(batch.custodianOrganization()).contains(Organization.MANUFACTURER);
        assertThat(batch.eventCount()).isEqualTo(2);
        assertThat(batch.lastEventHash()).isEqualTo(HASH);
        assertThat(batch.pendingHandoff()).contains(new PendingHandoff("ManufacturerMSP",
                Instant.parse("2026-11-25T15:02:11.417Z"), "DistributorMSP", "tx-2"));
        assertThat(batch.json()).contains("\"pendingHandoff\"");
    }

    @Test
    void noPendingHandoffWhenAbsent() {
        Batch batch = Batch.fromJson("{\"batchId\":\"B1\",\"custodian\":\"RetailerMSP\",\"quantity\":12.5}");
        assertThat(batch.pendingHandoff()).isEmpty();
        assertThat(batch.quantity()).isEqualTo(new BigDecimal("12.5"));
    }

    @Test
    void keepsDecimalsExactAndToleratesUnknownMembersAndBadValues() {
        Batch batch = Batch.fromJson("{\"batchId\":\"B1\",\"quantity\":0.1000001,\"futureField\":{\"x\":[1,2]},"
                + "\"producedAt\":\"yesterday\",\"custodian\":\"NewcomerMSP\",\"eventCount\":\"3\"}");
        assertThat(batch.quantity()).isEqualTo(new BigDecimal("0.1000001"));
        assertThat(batch.producedAt()).isNull();
        assertThat(batch.custodianOrganization()).isEmpty();
        assertThat(batch.eventCount()).isEqualTo(3);
        assertThat(batch.gtin()).isNull();
        assertThat(batch.json()).contains("futureField");
    }

    @Test
    void rejectsAnswersThatAreNotObjects() {
        assertThatThrownBy(() -> Batch.fromJson("[1]"))
                .isInstanceOf(AnchorException.class)
                .extracting(e -> ((AnchorException) e).errorCode()).isEqualTo(ErrorCode.UNEXPECTED);
        assertThatThrownBy(() -> Batch.fromJson("{not json"))
                .isInstanceOf(AnchorException.class)
                .hasMessageContaining("not valid JSON");
    }
}
