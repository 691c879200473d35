package dev.anchor.it;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Optional;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * QueryEpcisEvents on the real network: the chaincode answers an EPCISQueryDocument through a paged scan of the
 * captured events (a paginated read, which Fabric allows only in evaluated transactions), and refuses what it cannot
 * answer with a coded refusal. A page reads at most its size of events and holds those that match, so a page may hold
 * none while a bookmark says more follow: only a page without a bookmark ends the answer.
 */
class EpcisQueryIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @Test
    void aQueryThatNothingMatchesGivesEmptyEpcisQueryDocumentsToItsLastPage() {
        String epc = "urn:epc:id:sgtin:0614141.107346." + TestNetwork.uniqueBatchId("none");
        EpcisQuery query = EpcisQuery.all().with("MATCH_epc", epc).with("EQ_bizStep", "shipping")
                .from(Instant.parse("2026-01-01T00:00:00Z"));
        Optional<String> bookmark = Optional.empty();
        int pages = 0;
        do {
            // a first page of ten events read, then the rest of the ledger at the largest page size
            EpcisQueryPage page = network.as(RETAILER).queryEpcis(query, pages == 0 ? 10 : 1000, bookmark.orElse(null));
            assertThat(page.document().get("type").asText()).isEqualTo("EPCISQueryDocument");
            assertThat(page.document().get("schemaVersion").asText()).isEqualTo("2.0");
            assertThat(page.document().at("/epcisBody/queryResults/queryName").asText()).isEqualTo("SimpleEventQuery");
            assertThat(page.events()).as("page %d", pages + 1).isEmpty();
            bookmark = page.bookmark();
            pages++;
        } while (bookmark.isPresent());
        assertThat(network.as(AUDITOR).queryEpcis(EpcisQuery.all().with("MATCH_anyEPC", epc + "*")).events()).isEmpty();
    }

    @Test
    void aQueryItCannotAnswerIsRefusedNamingTheParameter() {
        TransactionRefusedException unknown = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).queryEpcis(EpcisQuery.all().with("EQ_action", "ADD"), 10, null));
        assertThat(unknown.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_QUERY);
        assertThat(unknown.getMessage()).contains("EQ_action");

        TransactionRefusedException time = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).queryEpcis(EpcisQuery.all().with("GE_eventTime", "yesterday"), 10, null));
        assertThat(time.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_QUERY);
        assertThat(time.getMessage()).contains("GE_eventTime");

        TransactionRefusedException pattern = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).queryEpcis(EpcisQuery.all().with("MATCH_epc", "urn:epc:idpat:sgtin:*.1.*"), 10, null));
        assertThat(pattern.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_QUERY);
        assertThat(pattern.getMessage()).contains("MATCH_epc");

        TransactionRefusedException bookmark = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).queryEpcis(EpcisQuery.all(), 10, "bm90IGEgYm9va21hcms"));
        assertThat(bookmark.errorCode()).isEqualTo(ErrorCode.INVALID_BOOKMARK);
    }
}
